package io.signalbox.ui.bots;

import io.signalbox.domain.Bot;
import io.signalbox.domain.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The new/rename bot form: checks the name as the operator types, including names already taken. */
public final class BotEditorViewModel {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty platformBotId = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final Set<String> takenKeys;
    private final ObjectBinding<List<Problem>> problems;
    private final BooleanBinding valid;
    private final StringBinding firstProblem;

    /** A form showing {@code shown} (null: blank). */
    public BotEditorViewModel(BotFields shown, Collection<String> otherNames) {
        this.takenKeys = otherNames.stream().map(Bot::nameKey).collect(Collectors.toSet());
        if (shown != null) {
            name.set(shown.name());
            platformBotId.set(shown.platformBotId());
            description.set(shown.description());
        }
        problems = Bindings.createObjectBinding(this::check, name, platformBotId, description);
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
        firstProblem = Bindings.createStringBinding(
                () -> problems.get().isEmpty() ? "" : problems.get().get(0).message(), problems);
    }

    private List<Problem> check() {
        List<Problem> found = new ArrayList<>(Bot.check(name.get(), platformBotId.get(), description.get()));
        if (found.isEmpty() && takenKeys.contains(Bot.nameKey(name.get()))) {
            found.add(Bot.nameTaken(name.get()));
        }
        return found;
    }

    public BotFields fields() {
        return new BotFields(name.get(), platformBotId.get(), description.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty platformBotIdProperty() {
        return platformBotId;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The reason Save is disabled, or empty. */
    public StringBinding firstProblemProperty() {
        return firstProblem;
    }
}
