package io.signalbox.app;

/**
 * A validated document and its plan against the store, ready to show and then apply with
 * {@link ConfigTransfer#apply}. {@code prepared} is for that call only.
 */
public record ImportPreview(ImportPlan plan, boolean replace, PreparedImport prepared) {
}
