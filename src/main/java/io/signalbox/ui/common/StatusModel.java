package io.signalbox.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says: the last thing that happened, whether it was a failure, and how far
 * long work has come. FX thread only.
 */
public final class StatusModel {

    /** Progress of work whose end is not known (the indicator spins). */
    public static final double UNKNOWN_PROGRESS = -1;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN_PROGRESS);

    public void info(String text) {
        message.set(text);
        error.set(false);
        progress.set(UNKNOWN_PROGRESS);
    }

    public void error(String text) {
        message.set(text);
        error.set(true);
        progress.set(UNKNOWN_PROGRESS);
    }

    /** Long work under way: what it is and how far, 0 to 1 ({@link #UNKNOWN_PROGRESS} when not known). */
    public void working(String text, double fraction) {
        message.set(text);
        error.set(false);
        progress.set(fraction);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
