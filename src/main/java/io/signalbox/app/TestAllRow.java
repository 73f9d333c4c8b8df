package io.signalbox.app;

import io.signalbox.domain.DeliveryRecord;
import io.signalbox.domain.NotificationUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * One enabled URL's line in "test all": its record once sent, or why it was skipped (it does not
 * receive the event). Neither while the call is under way.
 */
public record TestAllRow(NotificationUrl url, Optional<DeliveryRecord> record, Optional<String> skippedBecause) {

    public TestAllRow {
        Objects.requireNonNull(url, "url");
        record = record == null ? Optional.empty() : record;
        skippedBecause = skippedBecause == null ? Optional.empty() : skippedBecause;
    }

    /** Sent and answered, or skipped: nothing more will happen to this row. */
    public boolean done() {
        return record.isPresent() || skippedBecause.isPresent();
    }
}
