package io.signalbox.app;

import io.signalbox.domain.NotificationUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** "Test all" under way: one row per enabled URL, each either skipped or with its running send. */
final class RunningTestAll implements TestAllRun {

    /** One URL's part: why it was skipped, or its send. */
    record Part(NotificationUrl url, String skippedBecause, RunningSend send) {
    }

    private final List<Part> parts;

    RunningTestAll(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    @Override
    public List<TestAllRow> rows() {
        List<TestAllRow> rows = new ArrayList<>(parts.size());
        for (Part part : parts) {
            rows.add(new TestAllRow(part.url(), Optional.ofNullable(part.send() == null ? null : part.send().now()),
                    Optional.ofNullable(part.skippedBecause())));
        }
        return rows;
    }

    @Override
    public List<TestAllRow> await() {
        for (Part part : parts) {
            if (part.send() != null) {
                part.send().await();
            }
        }
        return rows();
    }

    @Override
    public void cancel() {
        for (Part part : parts) {
            if (part.send() != null) {
                part.send().cancel();
            }
        }
    }
}
