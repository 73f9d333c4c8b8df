package io.signalbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Subscription;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class BotEditingTest extends WindowTest {

    @Override
    void seed(Signalbox store) {
        Bot ventas = store.settings().createBot("Ventas Ecuador", "bot-4821", "");
        store.settings().createBot("Soporte Perú", "bot-1177", "");
        store.settings().createBot("Cobranzas", "col-9", "");
        for (String url : new String[] {"https://crm.example.com/a", "https://crm.example.com/b"}) {
            store.settings().addUrl(new NotificationUrl(UUID.randomUUID(), ventas.id(), url, Subscription.all(),
                    Auth.none(), true, "", Map.of(), 10));
        }
    }

    @Test
    void ctrlNCreatesABotThatIsListedAndSelected() {
        waitUntil(() -> botList().getItems().size() == 3);
        shortcut(KeyCode.CONTROL, KeyCode.N);
        typeInto("#nameField", "  Onboarding México  ");
        typeInto("#platformIdField", "bot-5000");
        clickOn("#botEditorSave");

        waitUntil(() -> botNames().contains("Onboarding México"));
        assertShows(botNames(), "Cobranzas", "Onboarding México", "Soporte Perú", "Ventas Ecuador");
        waitUntil(() -> textOf("#botNameLabel").equals("Onboarding México"));
        assertThat(textOf("#platformIdLabel")).contains("bot-5000");
        assertThat(textOf("#statusLabel")).contains("Onboarding México");
    }

    @Test
    void aBlankOrTakenNameBlocksSaveAndSaysWhy() {
        waitUntil(() -> botList().getItems().size() == 3);
        clickOn("#newBotButton");
        assertThat(isDisabled("#botEditorSave")).isTrue();
        assertThat(textOf("#problemLabel")).isEqualTo("a bot needs a name");

        typeInto("#nameField", "ventas ECUADOR");
        assertThat(isDisabled("#botEditorSave")).isTrue();
        assertThat(textOf("#problemLabel")).contains("already called").contains("ignoring case");

        typeInto("#nameField", "Ventas Chile");
        assertThat(isDisabled("#botEditorSave")).isFalse();
        assertThat(textOf("#problemLabel")).isEmpty();
        clickOn("#botEditorCancel");
        waitUntil(() -> !isShowing("#nameField"));
        assertShows(botNames(), "Cobranzas", "Soporte Perú", "Ventas Ecuador");
    }

    @Test
    void renamingKeepsTheBotSelectedUnderItsNewName() {
        waitUntil(() -> botList().getItems().size() == 3);
        selectBot("Cobranzas");
        clickOn("#editBotButton");
        assertThat(textOf("#nameField")).isEqualTo("Cobranzas");
        typeInto("#nameField", "Cobranzas Colombia");
        clickOn("#botEditorSave");

        waitUntil(() -> botNames().contains("Cobranzas Colombia"));
        waitUntil(() -> textOf("#botNameLabel").equals("Cobranzas Colombia"));
        assertShows(botNames(), "Cobranzas Colombia", "Soporte Perú", "Ventas Ecuador");
    }

    @Test
    void deleteAsksNamingTheUrlsThatGoWithItAndCancelKeepsTheBot() {
        waitUntil(() -> botList().getItems().size() == 3);
        selectBot("Ventas Ecuador");
        type(KeyCode.DELETE);

        DialogPane confirm = lookup("#confirmDialog").query();
        assertThat(confirm.getHeaderText()).isEqualTo("Delete the bot “Ventas Ecuador”?");
        assertThat(confirm.getContentText()).contains("Its 2 notification URLs will be deleted with it");
        clickOn("#confirmNo");
        waitUntil(() -> !isShowing("#confirmDialog"));
        assertShows(botNames(), "Cobranzas", "Soporte Perú", "Ventas Ecuador");

        clickOn("#deleteBotButton");
        clickOn("#confirmYes");
        waitUntil(() -> botList().getItems().size() == 2);
        assertShows(botNames(), "Cobranzas", "Soporte Perú");
        assertThat(textOf("#statusLabel")).contains("Ventas Ecuador").contains("2 notification URLs");
        assertThat(signalbox.settings().bots()).hasSize(2);
    }

    @Test
    void searchNarrowsTheListByNameOrPlatformIdAsYouType() {
        waitUntil(() -> botList().getItems().size() == 3);
        shortcut(KeyCode.CONTROL, KeyCode.F);
        write("per");
        waitUntil(() -> botList().getItems().size() == 1);
        assertShows(botNames(), "Soporte Perú");

        typeInto("#searchField", "BOT-");
        waitUntil(() -> botList().getItems().size() == 2);
        assertShows(botNames(), "Soporte Perú", "Ventas Ecuador");
        assertThat(textOf("#countLabel")).isEqualTo("2 of 3");

        typeInto("#searchField", "nothing like this");
        waitUntil(() -> botList().getItems().isEmpty());
        assertThat(botList().getPlaceholder()).isInstanceOfSatisfying(javafx.scene.control.Label.class,
                label -> assertThat(label.getText()).contains("No bot matches"));

        type(KeyCode.ESCAPE);
        waitUntil(() -> botList().getItems().size() == 3);
    }

    @Test
    void arrowsMoveThroughTheBotsAndShowTheirUrls() {
        waitUntil(() -> botList().getItems().size() == 3);
        selectBot("Cobranzas");
        type(KeyCode.DOWN, KeyCode.DOWN);
        waitUntil(() -> textOf("#botNameLabel").equals("Ventas Ecuador"));
        waitUntil(() -> urlTable().getItems().size() == 2);
        assertShows(tableUrls(), "https://crm.example.com/a", "https://crm.example.com/b");
    }
}
