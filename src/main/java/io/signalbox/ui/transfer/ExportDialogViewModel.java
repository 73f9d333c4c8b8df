package io.signalbox.ui.transfer;

import io.signalbox.app.SecretsMode;
import io.signalbox.ui.common.Messages;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog's state: how secrets travel (left out unless the operator asks), the whole
 * store or the selected bot, and for encryption a passphrase typed twice. FX thread only.
 */
public final class ExportDialogViewModel {

    /** The shortest passphrase accepted: shorter ones fall to guessing despite the slow key derivation. */
    public static final int MIN_PASSPHRASE = 8;

    private final String selectedBotName;
    private final int botCount;
    private final ObjectProperty<SecretsMode> secrets = new SimpleObjectProperty<>(SecretsMode.OMITTED);
    private final BooleanProperty onlySelectedBot = new SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding valid;

    /** {@code selectedBotName} is null when no bot is selected (then only the whole store can go). */
    public ExportDialogViewModel(String selectedBotName, int botCount, boolean onlySelectedBot) {
        this.selectedBotName = selectedBotName;
        this.botCount = botCount;
        this.onlySelectedBot.set(onlySelectedBot && selectedBotName != null);
        problem = Bindings.createStringBinding(this::currentProblem, secrets, passphrase, confirmation);
        valid = problem.isEmpty();
    }

    private String currentProblem() {
        if (secrets.get() != SecretsMode.ENCRYPTED) {
            return "";
        }
        if (passphrase.get().length() < MIN_PASSPHRASE) {
            return Messages.get("transfer.export.passphrase.tooShort", MIN_PASSPHRASE);
        }
        if (confirmation.get().isEmpty()) {
            return Messages.get("transfer.export.passphrase.confirm");
        }
        if (!passphrase.get().equals(confirmation.get())) {
            return Messages.get("transfer.export.passphrase.mismatch");
        }
        return "";
    }

    /** What was chosen; the passphrase only when encrypting. */
    public ExportChoice choice() {
        Optional<char[]> secret = secrets.get() == SecretsMode.ENCRYPTED
                ? Optional.of(passphrase.get().toCharArray()) : Optional.empty();
        return new ExportChoice(secrets.get(), onlySelectedBot.get(), secret);
    }

    public boolean canChooseSelectedBot() {
        return selectedBotName != null;
    }

    public String wholeStoreLabel() {
        return Messages.get("transfer.export.scope.all", botCount);
    }

    public String selectedBotLabel() {
        return selectedBotName == null ? Messages.get("transfer.export.scope.noBot")
                : Messages.get("transfer.export.scope.bot", selectedBotName);
    }

    public ObjectProperty<SecretsMode> secretsProperty() {
        return secrets;
    }

    public BooleanProperty onlySelectedBotProperty() {
        return onlySelectedBot;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** True while encrypting with a passphrase too short to accept. */
    public BooleanBinding passphraseTooShortProperty() {
        return Bindings.createBooleanBinding(() -> secrets.get() == SecretsMode.ENCRYPTED
                && passphrase.get().length() < MIN_PASSPHRASE, secrets, passphrase);
    }

    /** True while encrypting and the repeated passphrase differs from the first. */
    public BooleanBinding confirmationWrongProperty() {
        return Bindings.createBooleanBinding(() -> secrets.get() == SecretsMode.ENCRYPTED
                && !passphrase.get().equals(confirmation.get()), secrets, passphrase, confirmation);
    }

    /** Why Export is disabled, or empty. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
