package io.signalbox.ui.testpanel;

import io.signalbox.app.TestAllRow;
import io.signalbox.app.TestAllRun;
import io.signalbox.app.TestDelivery;
import io.signalbox.domain.Bot;
import io.signalbox.domain.EventType;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Test all URLs of this bot": one event to every enabled URL in parallel, one row per URL filled
 * in as answers arrive, cancellable. The run is watched from the network runner. FX thread only.
 */
public final class TestAllViewModel {

    /** How often the rows are looked at while a run is under way. */
    static final long POLL_MILLIS = 100;

    private final TestDelivery delivery;
    private final BackgroundRunner network;
    private final Executor fxThread;
    private final StatusModel status;
    private final ObjectProperty<Bot> bot = new SimpleObjectProperty<>();
    private final ObservableList<EventType> events = FXCollections.observableArrayList(EventType.values());
    private final ObjectProperty<EventType> event = new SimpleObjectProperty<>(EventType.FAILED);
    private final ObservableList<TestAllRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private CancelHandle current;
    private Consumer<List<TestAllRow>> onFinished = finalRows -> { };

    /** {@code fxThread} runs a row update on the FX thread (Platform::runLater; inline in tests). */
    public TestAllViewModel(TestDelivery delivery, BackgroundRunner network, Executor fxThread, StatusModel status) {
        this.delivery = delivery;
        this.network = network;
        this.fxThread = fxThread;
        this.status = status;
        bot.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                // A run of the bot left behind goes on (its results land in each URL's history and
                // the status bar); this view forgets it.
                current = null;
                running.set(false);
                rows.clear();
                summary.set("");
            }
        });
    }

    public void start() {
        Bot target = bot.get();
        EventType chosen = event.get();
        if (target == null || chosen == null || running.get()) {
            return;
        }
        CancelHandle handle = new CancelHandle();
        current = handle;
        running.set(true);
        rows.clear();
        summary.set(Messages.get("testAll.running"));
        network.run(() -> watch(target, chosen, handle), finalRows -> {
            if (current == handle) {
                show(handle, finalRows);
                current = null;
                running.set(false);
            }
            status.info(Messages.get("status.testAllDone", target.name(), summaryOf(finalRows)));
            onFinished.accept(finalRows);
        }, failure -> {
            if (current == handle) {
                current = null;
                running.set(false);
                summary.set("");
            }
            status.error(ErrorText.of(failure));
        });
    }

    /** Background: starts the run and hands each change of its rows to the FX thread until all are done. */
    private List<TestAllRow> watch(Bot target, EventType chosen, CancelHandle handle) throws InterruptedException {
        TestAllRun run = delivery.testAll(target.id(), chosen);
        handle.started(run::cancel);
        List<TestAllRow> shown = null;
        while (true) {
            List<TestAllRow> now = run.rows();
            if (!now.equals(shown)) {
                shown = now;
                fxThread.execute(() -> show(handle, now));
            }
            if (now.stream().allMatch(TestAllRow::done)) {
                return run.await();
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private void show(CancelHandle handle, List<TestAllRow> now) {
        if (current != handle) {
            return; // a run the operator left (another bot) or one that already finished
        }
        rows.setAll(now);
        summary.set(summaryOf(now));
    }

    static String summaryOf(List<TestAllRow> rows) {
        if (rows.isEmpty()) {
            return Messages.get("testAll.noUrls");
        }
        long ok = rows.stream().filter(row -> row.record().map(record -> record.succeeded()).orElse(false)).count();
        long skipped = rows.stream().filter(row -> row.skippedBecause().isPresent()).count();
        long waiting = rows.stream().filter(row -> !row.done()).count();
        long failed = rows.size() - ok - skipped - waiting;
        return Messages.get("testAll.summary", ok, failed, skipped, waiting);
    }

    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** Called with the final rows of every run (the history of each URL has grown). */
    public void setOnFinished(Consumer<List<TestAllRow>> onFinished) {
        this.onFinished = onFinished;
    }

    public ObjectProperty<Bot> botProperty() {
        return bot;
    }

    public ObservableList<EventType> events() {
        return events;
    }

    public ObjectProperty<EventType> eventProperty() {
        return event;
    }

    public ObservableList<TestAllRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
