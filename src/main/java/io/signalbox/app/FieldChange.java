package io.signalbox.app;

/**
 * One field an import changes, old and new value as shown to the operator. Secret values are never
 * here in clear: they read "(changed)".
 */
public record FieldChange(String field, String oldValue, String newValue) {
}
