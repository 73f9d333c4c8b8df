package io.signalbox.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.ui.common.StatusModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRelayTest {

    @Test
    void thousandsOfCallsCostTheFxThreadOneUpdateShowingTheLatestFigures() {
        List<Runnable> fxThread = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        ProgressRelay relay = new ProgressRelay(new DeferredRunner(fxThread), (done, total) -> shown.add(done + "/" + total));
        for (int bot = 1; bot <= 5000; bot++) {
            relay.progress(bot, 5000);
        }
        assertThat(fxThread).hasSize(1);
        fxThread.remove(0).run();
        assertThat(shown).containsExactly("5000/5000");

        relay.progress(1, 10);
        assertThat(fxThread).as("the next call posts again").hasSize(1);
    }

    @Test
    void theStatusBarShowsAPercentageAndTheIndicatorFills() {
        List<Runnable> fxThread = new ArrayList<>();
        StatusModel status = new StatusModel();
        ProgressRelay relay = ProgressRelay.toStatus(new DeferredRunner(fxThread), status, "transfer.export.progress");
        relay.progress(250, 1000);
        fxThread.forEach(Runnable::run);
        assertThat(status.messageProperty().get()).isEqualTo("Exporting… 25%");
        assertThat(status.progressProperty().get()).isEqualTo(0.25);

        status.info("done");
        assertThat(status.progressProperty().get()).isEqualTo(StatusModel.UNKNOWN_PROGRESS);
    }

    @Test
    void anUnknownTotalSpins() {
        assertThat(ProgressRelay.fraction(10, -1)).isEqualTo(-1);
        assertThat(ProgressRelay.fraction(12, 10)).isEqualTo(1.0);
    }
}
