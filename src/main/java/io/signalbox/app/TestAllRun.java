package io.signalbox.app;

import java.util.List;

/** One event sent to every enabled URL of a bot in parallel. */
public interface TestAllRun {

    /** One row per enabled URL in table order; rows still under way have no record yet. Any thread. */
    List<TestAllRow> rows();

    /** Blocks until every call is done and stored; the final rows. */
    List<TestAllRow> await();

    /** Aborts every call still under way (they end as CANCELLED); returns at once. */
    void cancel();
}
