package io.signalbox.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FxFileChoicesTest {

    @Test
    void aNameTypedWithoutAnExtensionGetsJson() {
        assertThat(FxFileChoices.withJsonExtension(Path.of("/tmp/backup"))).isEqualTo(Path.of("/tmp/backup.json"));
        assertThat(FxFileChoices.withJsonExtension(Path.of("/tmp/backup.json"))).isEqualTo(Path.of("/tmp/backup.json"));
        assertThat(FxFileChoices.withJsonExtension(Path.of("/tmp/backup.txt"))).isEqualTo(Path.of("/tmp/backup.txt"));
    }
}
