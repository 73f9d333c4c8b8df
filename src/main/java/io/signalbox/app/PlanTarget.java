package io.signalbox.app;

/** What a plan entry is about. */
public enum PlanTarget {
    BOT,
    URL
}
