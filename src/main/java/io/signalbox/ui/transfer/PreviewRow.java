package io.signalbox.ui.transfer;

import io.signalbox.app.PlanAction;
import java.util.List;

/**
 * One row of the import preview tree: a group (Add / Change / Delete), a bot or URL in it, a field
 * that changes ("old → new"), or a warning. {@code action} is the group's, for the row's colour.
 */
public record PreviewRow(Kind kind, PlanAction action, String name, String detail, List<PreviewRow> children) {

    /** What a row stands for. */
    public enum Kind { GROUP, BOT, URL, FIELD, WARNING }

    public PreviewRow {
        children = List.copyOf(children);
    }
}
