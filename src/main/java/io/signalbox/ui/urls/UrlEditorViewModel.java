package io.signalbox.ui.urls;

import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Problem;
import io.signalbox.domain.SubscriptionEvent;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.UrlRules;
import io.signalbox.ui.common.Messages;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notification URL form. Every change re-checks the whole form against the domain's rules,
 * so Save is enabled exactly when the URL could be stored, and the reason is shown when it is not.
 */
public final class UrlEditorViewModel {

    private final UUID id;
    private final UUID botId;
    private final StringProperty url = new SimpleStringProperty("");
    private final BooleanProperty read = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty reply = new SimpleBooleanProperty(false);
    private final BooleanProperty all = new SimpleBooleanProperty(false);
    private final AuthForm auth = new AuthForm();
    private final ObservableList<HeaderRow> headers = FXCollections.observableArrayList(HeaderRow::observed);
    private final StringProperty timeout = new SimpleStringProperty(String.valueOf(NotificationUrl.DEFAULT_TIMEOUT_SECONDS));
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);

    private final ObjectBinding<List<Problem>> problems;
    private final BooleanBinding valid;
    private final StringBinding saveBlockedReason;
    private final BooleanBinding readReceiptsWarning;
    private final StringBinding urlWarning;

    /** A form for a new URL of the bot ({@code existing} null) or for editing {@code existing}. */
    public UrlEditorViewModel(UUID botId, NotificationUrl existing) {
        this.botId = botId;
        this.id = existing == null ? UUID.randomUUID() : existing.id();
        if (existing != null) {
            load(existing);
        }
        keepAllExclusive();
        List<Observable> watched = new ArrayList<>(List.of(url, read, failed, reply, all, headers, timeout, description));
        watched.addAll(List.of(auth.observables()));
        problems = Bindings.createObjectBinding(this::check, watched.toArray(Observable[]::new));
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
        saveBlockedReason = Bindings.createStringBinding(() -> problems.get().isEmpty() ? ""
                : FieldLabels.describe(problems.get().get(0)), problems);
        readReceiptsWarning = read.or(all);
        urlWarning = Bindings.createStringBinding(() -> {
            String warning = UrlRules.warning(url.get());
            return warning == null ? "" : warning;
        }, url);
    }

    private void load(NotificationUrl existing) {
        url.set(existing.url());
        Set<SubscriptionEvent> events = existing.subscription().events();
        read.set(events.contains(SubscriptionEvent.READ));
        failed.set(events.contains(SubscriptionEvent.FAILED));
        reply.set(events.contains(SubscriptionEvent.REPLY));
        all.set(events.contains(SubscriptionEvent.ALL));
        auth.load(existing.auth());
        existing.headers().forEach((name, value) -> headers.add(new HeaderRow(name, value)));
        timeout.set(String.valueOf(existing.timeoutSeconds()));
        description.set(existing.description());
        enabled.set(existing.enabled());
    }

    /** All includes every event, so choosing it clears the others and choosing another clears All. */
    private void keepAllExclusive() {
        all.addListener((obs, was, on) -> {
            if (on) {
                read.set(false);
                failed.set(false);
                reply.set(false);
            }
        });
        Stream.of(read, failed, reply).forEach(single -> single.addListener((obs, was, on) -> {
            if (on) {
                all.set(false);
            }
        }));
    }

    private List<Problem> check() {
        // Headers are checked as the rows typed, not as a map: a map would fold a repeated name away.
        List<Problem> found = new ArrayList<>(NotificationUrl.check(url.get(), events(), auth.auth(), description.get(),
                Map.of(), timeoutSeconds()));
        found.addAll(NotificationUrl.checkHeaders(headerEntries(), auth.auth()));
        if (parsedTimeout() == null) {
            found.add(new Problem("timeoutSeconds", Messages.get("url.timeout.notNumber")));
        }
        return found;
    }

    private EnumSet<SubscriptionEvent> events() {
        EnumSet<SubscriptionEvent> events = EnumSet.noneOf(SubscriptionEvent.class);
        if (read.get()) {
            events.add(SubscriptionEvent.READ);
        }
        if (failed.get()) {
            events.add(SubscriptionEvent.FAILED);
        }
        if (reply.get()) {
            events.add(SubscriptionEvent.REPLY);
        }
        if (all.get()) {
            events.add(SubscriptionEvent.ALL);
        }
        return events;
    }

    private List<Map.Entry<String, String>> headerEntries() {
        return headers.stream()
                .map(row -> (Map.Entry<String, String>) new AbstractMap.SimpleEntry<>(row.nameProperty().get().strip(),
                        row.valueProperty().get()))
                .toList();
    }

    private Integer parsedTimeout() {
        try {
            return Integer.valueOf(timeout.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int timeoutSeconds() {
        Integer parsed = parsedTimeout();
        return parsed == null ? NotificationUrl.DEFAULT_TIMEOUT_SECONDS : parsed;
    }

    /** The first problem of fields whose path starts with {@code field}, or null: for a field's own marker. */
    public String problemFor(String field) {
        return problems.get().stream().filter(problem -> problem.field().startsWith(field))
                .map(Problem::message).findFirst().orElse(null);
    }

    /** The URL as it will be stored; call only when {@link #validProperty()} holds. */
    public NotificationUrl result() {
        Map<String, String> headerMap = new LinkedHashMap<>();
        headerEntries().forEach(entry -> headerMap.put(entry.getKey(), entry.getValue()));
        return new NotificationUrl(id, botId, url.get().strip(), new Subscription(events()), auth.auth(), enabled.get(),
                description.get(), headerMap, timeoutSeconds());
    }

    public void addHeader() {
        headers.add(new HeaderRow("", ""));
    }

    public void removeHeader(HeaderRow row) {
        headers.remove(row);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public BooleanProperty readProperty() {
        return read;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty replyProperty() {
        return reply;
    }

    public BooleanProperty allProperty() {
        return all;
    }

    public AuthForm auth() {
        return auth;
    }

    public ObservableList<HeaderRow> headers() {
        return headers;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObjectBinding<List<Problem>> problemsProperty() {
        return problems;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** "Field — reason" for the first problem, shown beside the disabled Save button; empty when valid. */
    public StringBinding saveBlockedReasonProperty() {
        return saveBlockedReason;
    }

    public BooleanBinding readReceiptsWarningProperty() {
        return readReceiptsWarning;
    }

    /** The plain-http warning, or empty. */
    public StringBinding urlWarningProperty() {
        return urlWarning;
    }
}
