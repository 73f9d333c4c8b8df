package io.signalbox.ui.urls;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import io.signalbox.ui.ScriptedDialogs;
import io.signalbox.ui.common.InlineBackgroundRunner;
import io.signalbox.ui.common.StatusModel;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The URL table's actions without a window. */
class UrlTableViewModelTest {

    @TempDir
    Path dir;

    private Signalbox signalbox;
    private Bot bot;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusModel status = new StatusModel();
    private UrlTableViewModel model;
    private int changes;

    @BeforeEach
    void open() {
        signalbox = Signalbox.open(dir);
        bot = signalbox.settings().createBot("Ventas Ecuador", "", "");
        model = new UrlTableViewModel(signalbox.settings(), new InlineBackgroundRunner(), dialogs, status);
        model.setOnChange(() -> changes++);
        model.botProperty().set(bot);
    }

    @AfterEach
    void close() {
        signalbox.close();
    }

    private NotificationUrl url(String address) {
        return new NotificationUrl(UUID.randomUUID(), bot.id(), address, Subscription.of(SubscriptionEvent.FAILED),
                Auth.none(), true, "", Map.of(), 10);
    }

    @Test
    void anAddedUrlIsListedSelectedAndTheBotListIsTold() {
        dialogs.urlAnswer = url("https://crm.example.com/a");
        model.add();
        assertThat(model.urls()).extracting(NotificationUrl::url).containsExactly("https://crm.example.com/a");
        assertThat(model.selectedProperty().get().url()).isEqualTo("https://crm.example.com/a");
        assertThat(status.messageProperty().get()).isEqualTo("Added https://crm.example.com/a");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void whenTheBotWasDeletedElsewhereTheErrorIsShownAndTheFormComesBackWithWhatWasTyped() {
        signalbox.settings().deleteBot(bot.id());
        NotificationUrl typed = url("https://crm.example.com/typed");
        dialogs.urlAnswer = typed;
        model.add();
        assertThat(dialogs.errors).singleElement().asString().contains("no longer exists").doesNotContain("\n");
        assertThat(dialogs.urlFormsShown).containsExactly(null, typed);
        assertThat(status.errorProperty().get()).isTrue();
    }

    @Test
    void toggleDisablesThenEnablesTheSelectedUrl() {
        dialogs.urlAnswer = url("https://crm.example.com/a");
        model.add();
        model.toggleSelected();
        assertThat(model.selectedProperty().get().enabled()).isFalse();
        assertThat(status.messageProperty().get()).isEqualTo("Disabled https://crm.example.com/a");
        model.toggleSelected();
        assertThat(signalbox.settings().urls(bot.id()).get(0).enabled()).isTrue();
    }
}
