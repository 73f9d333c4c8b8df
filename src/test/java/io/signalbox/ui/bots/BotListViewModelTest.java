package io.signalbox.ui.bots;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.BotSummary;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Subscription;
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

/** The bot list's behaviour without a window: the inline runner makes every store call immediate. */
class BotListViewModelTest {

    @TempDir
    Path dir;

    private Signalbox signalbox;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final StatusModel status = new StatusModel();
    private BotListViewModel model;

    @BeforeEach
    void open() {
        signalbox = Signalbox.open(dir);
        var ventas = signalbox.settings().createBot("Ventas Ecuador", "bot-4821", "");
        signalbox.settings().createBot("Soporte Perú", "bot-1177", "");
        signalbox.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(), "https://crm.example.com/a",
                Subscription.all(), Auth.none(), true, "", Map.of(), 10));
        model = new BotListViewModel(signalbox.settings(), new InlineBackgroundRunner(), dialogs, status);
        model.load();
    }

    @AfterEach
    void close() {
        signalbox.close();
    }

    private java.util.List<String> visibleNames() {
        return model.visibleBots().stream().map(summary -> summary.bot().name()).toList();
    }

    @Test
    void loadingSelectsTheFirstBot() {
        assertThat(visibleNames()).containsExactly("Soporte Perú", "Ventas Ecuador");
        assertThat(model.selectedProperty().get().bot().name()).isEqualTo("Soporte Perú");
    }

    @Test
    void searchFiltersByNameOrPlatformIdIgnoringCase() {
        model.searchTextProperty().set("VENTAS");
        assertThat(visibleNames()).containsExactly("Ventas Ecuador");
        model.searchTextProperty().set("1177");
        assertThat(visibleNames()).containsExactly("Soporte Perú");
        model.searchTextProperty().set("");
        assertThat(visibleNames()).hasSize(2);
    }

    @Test
    void aNewBotIsStoredSelectedAndAnnounced() {
        dialogs.botAnswer = new BotFields("  Cobranzas ", "", "");
        model.newBot();
        assertThat(visibleNames()).containsExactly("Cobranzas", "Soporte Perú", "Ventas Ecuador");
        assertThat(model.selectedProperty().get().bot().name()).isEqualTo("Cobranzas");
        assertThat(status.messageProperty().get()).isEqualTo("Bot “Cobranzas” created");
    }

    @Test
    void aNameTakenInTheMeantimeIsReportedInOneLine() {
        dialogs.botAnswer = new BotFields("ventas ecuador", "", "");
        model.newBot();
        assertThat(dialogs.errors).containsExactly("another bot is already called “ventas ecuador” (names are compared ignoring case)");
        assertThat(dialogs.botFormsShown).as("the form comes back with what was typed")
                .containsExactly(null, new BotFields("ventas ecuador", "", ""));
        assertThat(status.errorProperty().get()).isTrue();
        assertThat(visibleNames()).hasSize(2);
    }

    @Test
    void deletingAsksWithTheUrlCountAndOnlyDeletesOnYes() {
        BotSummary ventas = model.visibleBots().get(1);
        model.selectedProperty().set(ventas);
        dialogs.confirmAnswer = false;
        model.deleteSelected();
        assertThat(dialogs.questions).containsExactly(
                "Delete the bot “Ventas Ecuador”? Its notification URL will be deleted with it. This cannot be undone.");
        assertThat(visibleNames()).hasSize(2);

        dialogs.confirmAnswer = true;
        model.deleteSelected();
        assertThat(visibleNames()).containsExactly("Soporte Perú");
        assertThat(model.selectedProperty().get().bot().name()).isEqualTo("Soporte Perú");
        assertThat(signalbox.settings().urls(ventas.bot().id())).isEmpty();
    }
}
