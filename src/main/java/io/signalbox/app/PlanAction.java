package io.signalbox.app;

/** What an import does to one bot or URL. */
public enum PlanAction {
    ADD,
    CHANGE,
    DELETE
}
