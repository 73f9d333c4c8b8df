package io.signalbox.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void theWholeStoreIsNamedByTheDay() {
        assertThat(FileNames.forStore(DAY)).isEqualTo("signalbox-config-2026-12-04.json");
    }

    @Test
    void aBotsNameBecomesPlainLettersAndDashes() {
        assertThat(FileNames.forBot("Ventas Ecuador", DAY)).isEqualTo("signalbox-ventas-ecuador-2026-12-04.json");
        assertThat(FileNames.forBot("Soporte Perú / \"Norte\"", DAY)).isEqualTo("signalbox-soporte-peru-norte-2026-12-04.json");
        assertThat(FileNames.forBot("ボット", DAY)).isEqualTo("signalbox-bot-2026-12-04.json");
        assertThat(FileNames.forBot("a".repeat(80), DAY)).isEqualTo("signalbox-" + "a".repeat(40) + "-2026-12-04.json");
    }
}
