package io.signalbox.ui.transfer;

import io.signalbox.app.ProgressListener;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

/**
 * Hands progress told on the working thread to the FX thread. At most one update waits at a time
 * and it shows the latest figures, so thousands of calls cost the FX thread a few repaints only.
 * Updates still waiting are posted before the work's result, so they never overwrite it.
 */
final class ProgressRelay implements ProgressListener {

    private final BackgroundRunner runner;
    private final BiConsumer<Long, Long> show;
    private final AtomicReference<long[]> latest = new AtomicReference<>();

    ProgressRelay(BackgroundRunner runner, BiConsumer<Long, Long> show) {
        this.runner = runner;
        this.show = show;
    }

    @Override
    public void progress(long done, long total) {
        if (latest.getAndSet(new long[] {done, total}) == null) {
            runner.onFxThread(() -> {
                long[] figures = latest.getAndSet(null);
                if (figures != null) {
                    show.accept(figures[0], figures[1]);
                }
            });
        }
    }

    /**
     * Progress shown in the status bar as "{@code key}" filled with the share done (a percentage),
     * the indicator filling up with it.
     */
    static ProgressRelay toStatus(BackgroundRunner runner, StatusModel status, String key) {
        return new ProgressRelay(runner, (done, total) -> {
            double fraction = fraction(done, total);
            status.working(Messages.get(key, Math.max(0, fraction)), fraction);
        });
    }

    /** The share done, 0 to 1, or -1 when the total is not known. */
    static double fraction(long done, long total) {
        return total <= 0 ? -1 : Math.min(1.0, Math.max(0.0, (double) done / total));
    }
}
