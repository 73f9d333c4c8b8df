package io.signalbox.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.signalbox.app.FieldChange;
import io.signalbox.app.ImportPlan;
import io.signalbox.app.ImportPreview;
import io.signalbox.app.PlanAction;
import io.signalbox.app.PlanEntry;
import io.signalbox.app.PlanTarget;
import io.signalbox.app.SettingsException;
import io.signalbox.ui.common.InlineBackgroundRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportPreviewViewModelTest {

    private static final PlanEntry CHANGE = new PlanEntry(PlanAction.CHANGE, PlanTarget.URL, "Ventas Ecuador",
            "http://legacy.example.com/notify", List.of(new FieldChange("enabled", "false", "true"),
            new FieldChange("description", "", "\"Legacy\"")), List.of("plain http: use https outside this machine"));
    private static final PlanEntry DELETE = new PlanEntry(PlanAction.DELETE, PlanTarget.BOT, "Soporte Perú",
            "Soporte Perú", List.of(), List.of());

    private static ImportPreview preview(boolean replace, PlanEntry... entries) {
        return new ImportPreview(new ImportPlan(List.of(entries)), replace, null);
    }

    @Test
    void theTreeGroupsEntriesWithTheirChangesAndWarnings() {
        ImportPreviewViewModel model = new ImportPreviewViewModel("x.json", preview(false, CHANGE), replace -> null,
                new InlineBackgroundRunner());

        assertThat(TransferViewModelTest.flatten(model.tree())).containsExactly(
                "Change (1)",
                "http://legacy.example.com/notify | URL of “Ventas Ecuador”",
                "enabled | false → true",
                "description | (empty) → \"Legacy\"",
                "plain http: use https outside this machine");
        assertThat(model.tree().get(0).children().get(0).children().get(2).kind()).isEqualTo(PreviewRow.Kind.WARNING);
        assertThat(model.summaryProperty().get()).isEqualTo("0 to add, 1 to change, 0 to delete");
        assertThat(model.warningsLine()).isEqualTo("http://legacy.example.com/notify: plain http: use https outside this machine");
        assertThat(model.canApplyProperty().get()).isTrue();
    }

    @Test
    void replacePlansAgainAndOnlyThatPlanCanBeApplied() {
        List<Boolean> asked = new ArrayList<>();
        ImportPreviewViewModel model = new ImportPreviewViewModel("x.json", preview(false, CHANGE), replace -> {
            asked.add(replace);
            return replace ? preview(true, CHANGE, DELETE) : preview(false, CHANGE);
        }, new InlineBackgroundRunner());

        model.replaceProperty().set(true);
        assertThat(asked).containsExactly(true);
        assertThat(model.summaryProperty().get()).isEqualTo("0 to add, 1 to change, 1 to delete");
        assertThat(model.preview().replace()).isTrue();
        assertThat(TransferViewModelTest.flatten(model.tree())).endsWith("Delete (1)", "Soporte Perú | bot");

        model.replaceProperty().set(false);
        assertThat(model.preview().replace()).isFalse();
        assertThat(model.tree()).extracting(PreviewRow::name).containsExactly("Change (1)");
    }

    @Test
    void aFailedReplanSaysWhyAndBlocksApplyUntilTheChoiceMatchesAPlan() {
        ImportPreviewViewModel model = new ImportPreviewViewModel("x.json", preview(false, CHANGE), replace -> {
            if (replace) {
                throw new SettingsException("Cannot read x.json: no such file or folder");
            }
            return preview(false, CHANGE);
        }, new InlineBackgroundRunner());

        model.replaceProperty().set(true);
        assertThat(model.problemProperty().get()).isEqualTo("Cannot read x.json: no such file or folder");
        assertThat(model.canApplyProperty().get()).as("the plan shown keeps what the file does not hold").isFalse();
        assertThat(model.planningProperty().get()).isFalse();

        model.replaceProperty().set(false);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.canApplyProperty().get()).isTrue();
    }

    @Test
    void aPlanArrivingAfterTheDialogClosedIsDropped() {
        List<Runnable> later = new ArrayList<>();
        ImportPreviewViewModel model = new ImportPreviewViewModel("x.json", preview(false, CHANGE),
                replace -> preview(true, CHANGE, DELETE), new DeferredRunner(later));
        model.replaceProperty().set(true);
        assertThat(model.planningProperty().get()).isTrue();
        assertThat(model.canApplyProperty().get()).isFalse();

        model.close();
        later.forEach(Runnable::run);
        assertThat(model.preview().replace()).isFalse();
    }

    @Test
    void anEmptyPlanCannotBeApplied() {
        ImportPreviewViewModel model = new ImportPreviewViewModel("x.json", preview(false), replace -> null,
                new InlineBackgroundRunner());
        assertThat(model.summaryProperty().get()).isEqualTo("Nothing to change: the store already matches this file.");
        assertThat(model.warningsLine()).isEmpty();
        assertThat(model.canApplyProperty().get()).isFalse();
    }
}
