package io.signalbox.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signalbox.transfer.SampleConfiguration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is applied in one transaction: a failure halfway leaves the store exactly as it was. */
class ImportTransactionTest {

    @TempDir
    Path dir;

    @Test
    void aFailureAtTheThirdUrlWriteLeavesTheStoreExactlyAsBefore() throws Exception {
        List<ImportStep> written = new ArrayList<>();
        ApplyHook failOnThirdUrl = (step, done) -> {
            written.add(step);
            long urlWrites = written.stream()
                    .filter(s -> s instanceof ImportStep.AddUrl || s instanceof ImportStep.ChangeUrl).count();
            if (urlWrites == 3) {
                throw new IllegalStateException("injected failure at the third URL");
            }
        };
        try (TransferStore store = new TransferStore(dir.resolve("store"), failOnThirdUrl).seed(new SampleConfiguration())) {
            String before = store.export(SecretsMode.PLAIN);
            // Changes to stored bots and URLs, new bots and URLs, and (with replace) deletions: every kind of write.
            String document = ImportRefusalTest.VALID;
            String changedStore = Documents.edit(before, root -> {
                Documents.bot(root, 0).put("name", "Soporte renamed");
                Documents.url(root, 1, 1).put("timeoutSeconds", 59);
                Documents.url(root, 1, 2).put("description", "changed");
                root.withArray("bots").addAll(Documents.parse(document).withArray("bots"));
                root.withArray("bots").remove(2);
            });
            ImportPreview preview = store.prepare(TransferStore.file(dir, "changes.json", changedStore), true);
            assertThat(preview.plan().count(PlanAction.ADD)).isEqualTo(5);
            assertThat(preview.plan().count(PlanAction.CHANGE)).isEqualTo(3);
            assertThat(preview.plan().count(PlanAction.DELETE)).isEqualTo(1);

            assertThatThrownBy(() -> store.transfer.apply(preview, ProgressListener.none()))
                    .hasMessage("injected failure at the third URL");

            assertThat(written).hasSizeGreaterThan(3);
            assertThat(store.export(SecretsMode.PLAIN)).isEqualTo(before);
        }
    }
}
