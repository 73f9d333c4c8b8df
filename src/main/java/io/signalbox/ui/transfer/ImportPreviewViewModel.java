package io.signalbox.ui.transfer;

import io.signalbox.app.FieldChange;
import io.signalbox.app.ImportPlan;
import io.signalbox.app.ImportPreview;
import io.signalbox.app.PlanAction;
import io.signalbox.app.PlanEntry;
import io.signalbox.app.PlanTarget;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.ErrorText;
import io.signalbox.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The import preview: the plan as a tree (what will be added, changed with old → new, deleted),
 * its counts, its warnings, and the Replace choice, which plans the document again in the
 * background. Nothing here writes to the store. FX thread only.
 */
public final class ImportPreviewViewModel {

    /** Plans the same document again, with or without deleting what it does not hold. Blocks. */
    @FunctionalInterface
    public interface Planner {
        ImportPreview prepare(boolean replace) throws Exception;
    }

    private final String fileName;
    private final Planner planner;
    private final BackgroundRunner runner;
    private final ReadOnlyObjectWrapper<ImportPreview> preview;
    private final BooleanProperty replace;
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringBinding summary;
    private final BooleanBinding canApply;
    private boolean closed;

    public ImportPreviewViewModel(String fileName, ImportPreview first, Planner planner, BackgroundRunner runner) {
        this.fileName = fileName;
        this.planner = planner;
        this.runner = runner;
        this.preview = new ReadOnlyObjectWrapper<>(first);
        this.replace = new SimpleBooleanProperty(first.replace());
        replace.addListener((obs, was, now) -> plan(now));
        summary = Bindings.createStringBinding(() -> summaryOf(preview.get().plan()), preview);
        canApply = Bindings.createBooleanBinding(() -> !planning.get() && problem.get().isEmpty()
                && !preview.get().plan().isEmpty() && preview.get().replace() == replace.get(),
                planning, problem, preview, replace);
    }

    private void plan(boolean withDeletions) {
        planning.set(true);
        problem.set("");
        runner.run(() -> planner.prepare(withDeletions), planned -> {
            if (closed || planned.replace() != replace.get()) {
                return; // the dialog went, or the operator flipped Replace again meanwhile
            }
            preview.set(planned);
            planning.set(false);
        }, failure -> {
            if (closed || withDeletions != replace.get()) {
                return;
            }
            problem.set(ErrorText.of(failure));
            planning.set(false);
        });
    }

    private static String summaryOf(ImportPlan plan) {
        if (plan.isEmpty()) {
            return Messages.get("transfer.preview.nothing");
        }
        return Messages.get("transfer.preview.counts", plan.count(PlanAction.ADD), plan.count(PlanAction.CHANGE),
                plan.count(PlanAction.DELETE));
    }

    /** The groups with entries, in the order Add, Change, Delete; each entry's fields and warnings under it. */
    public List<PreviewRow> tree() {
        List<PreviewRow> groups = new ArrayList<>();
        for (PlanAction action : PlanAction.values()) {
            List<PreviewRow> entries = preview.get().plan().entries().stream()
                    .filter(entry -> entry.action() == action).map(ImportPreviewViewModel::row).toList();
            if (!entries.isEmpty()) {
                groups.add(new PreviewRow(PreviewRow.Kind.GROUP, action,
                        Messages.get("transfer.preview.group." + action.name(), entries.size()), "", entries));
            }
        }
        return groups;
    }

    private static PreviewRow row(PlanEntry entry) {
        List<PreviewRow> children = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            children.add(new PreviewRow(PreviewRow.Kind.FIELD, entry.action(), change.field(),
                    Messages.get("transfer.preview.change", shown(change.oldValue()), shown(change.newValue())), List.of()));
        }
        for (String warning : entry.warnings()) {
            children.add(new PreviewRow(PreviewRow.Kind.WARNING, entry.action(), warning, "", List.of()));
        }
        boolean bot = entry.target() == PlanTarget.BOT;
        String detail = bot ? Messages.get("transfer.preview.bot")
                : Messages.get("transfer.preview.urlOf", entry.botName());
        return new PreviewRow(bot ? PreviewRow.Kind.BOT : PreviewRow.Kind.URL, entry.action(), entry.label(), detail,
                children);
    }

    /** An empty value would read as nothing at all: say so. */
    private static String shown(String value) {
        return value == null || value.isEmpty() ? Messages.get("transfer.preview.empty") : value;
    }

    /** How many warnings the plan carries, across its entries. */
    public int warningCount() {
        return preview.get().plan().entries().stream().mapToInt(entry -> entry.warnings().size()).sum();
    }

    /**
     * The line above the tree about warnings: a single one in full with what it is about (a tree
     * cell would cut it short), several by their count; empty when there are none.
     */
    public String warningsLine() {
        int count = warningCount();
        if (count == 0) {
            return "";
        }
        if (count > 1) {
            return Messages.get("transfer.preview.warnings", count);
        }
        PlanEntry entry = preview.get().plan().entries().stream().filter(e -> !e.warnings().isEmpty()).findFirst()
                .orElseThrow();
        return Messages.get("transfer.preview.warning", entry.label(), entry.warnings().get(0));
    }

    /** The dialog closed: a planning still running is dropped when it ends. */
    public void close() {
        closed = true;
    }

    public String fileName() {
        return fileName;
    }

    /** The plan to apply: the latest one planned. */
    public ImportPreview preview() {
        return preview.get();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Checked: delete every bot and URL the document does not hold (plans again). */
    public BooleanProperty replaceProperty() {
        return replace;
    }

    /** True while the document is being planned again. */
    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    /** Why planning again failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "3 to add, 1 to change, 0 to delete", or that nothing would change. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** Apply is possible when the shown plan changes something and matches the Replace choice. */
    public BooleanBinding canApplyProperty() {
        return canApply;
    }
}
