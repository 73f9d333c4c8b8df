package io.signalbox.app;

import java.util.List;

/**
 * One step of an import plan. {@code label} is the bot's name for a BOT and the address for a URL;
 * {@code changes} is filled only for CHANGE; {@code warnings} are things the operator should know
 * (e.g. plain http to another machine).
 */
public record PlanEntry(PlanAction action, PlanTarget target, String botName, String label,
                        List<FieldChange> changes, List<String> warnings) {

    public PlanEntry {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }
}
