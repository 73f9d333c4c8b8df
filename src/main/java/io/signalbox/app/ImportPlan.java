package io.signalbox.app;

import java.util.List;

/** What an import will add, change and delete, in document order (deletions last). */
public record ImportPlan(List<PlanEntry> entries) {

    public ImportPlan {
        entries = List.copyOf(entries);
    }

    /** True when applying would change nothing (the store already holds the document). */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public long count(PlanAction action) {
        return entries.stream().filter(entry -> entry.action() == action).count();
    }
}
