package io.signalbox.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.SecretsMode;
import org.junit.jupiter.api.Test;

class ExportDialogViewModelTest {

    @Test
    void secretsAreLeftOutUnlessTheOperatorAsksAndTheWholeStoreGoesByDefault() {
        ExportDialogViewModel model = new ExportDialogViewModel("Ventas Ecuador", 3, false);
        assertThat(model.secretsProperty().get()).isEqualTo(SecretsMode.OMITTED);
        assertThat(model.validProperty().get()).isTrue();
        ExportChoice choice = model.choice();
        assertThat(choice.secrets()).isEqualTo(SecretsMode.OMITTED);
        assertThat(choice.onlySelectedBot()).isFalse();
        assertThat(choice.passphrase()).isEmpty();
        assertThat(model.wholeStoreLabel()).isEqualTo("All 3 bots and their notification URLs");
        assertThat(model.selectedBotLabel()).isEqualTo("Only “Ventas Ecuador” and its notification URLs");
    }

    @Test
    void exportSelectedBotPresetsTheBotButOnlyWhenOneIsSelected() {
        assertThat(new ExportDialogViewModel("Ventas Ecuador", 3, true).choice().onlySelectedBot()).isTrue();
        ExportDialogViewModel none = new ExportDialogViewModel(null, 3, true);
        assertThat(none.choice().onlySelectedBot()).isFalse();
        assertThat(none.canChooseSelectedBot()).isFalse();
    }

    @Test
    void encryptionNeedsAPassphraseOfEightCharactersTypedTwiceAlike() {
        ExportDialogViewModel model = new ExportDialogViewModel(null, 1, false);
        model.secretsProperty().set(SecretsMode.ENCRYPTED);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("The passphrase needs at least 8 characters.");

        model.passphraseProperty().set("1234567");
        assertThat(model.passphraseTooShortProperty().get()).isTrue();
        model.passphraseProperty().set("correct horse");
        assertThat(model.problemProperty().get()).isEqualTo("Type the passphrase again to confirm it.");
        model.confirmationProperty().set("correct hors");
        assertThat(model.problemProperty().get()).isEqualTo("The passphrases do not match.");
        assertThat(model.confirmationWrongProperty().get()).isTrue();
        assertThat(model.validProperty().get()).isFalse();

        model.confirmationProperty().set("correct horse");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.choice().passphrase()).hasValueSatisfying(secret -> assertThat(new String(secret)).isEqualTo("correct horse"));
    }

    @Test
    void aPassphraseTypedThenAbandonedForPlainTextIsNotPassedOn() {
        ExportDialogViewModel model = new ExportDialogViewModel(null, 1, false);
        model.secretsProperty().set(SecretsMode.ENCRYPTED);
        model.passphraseProperty().set("x");
        model.secretsProperty().set(SecretsMode.PLAIN);
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.choice().secrets()).isEqualTo(SecretsMode.PLAIN);
        assertThat(model.choice().passphrase()).isEmpty();
    }
}
