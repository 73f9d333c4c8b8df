package io.signalbox.ui;

/** The JavaFX application: the editing window. */
public final class SignalboxApplication {

    private SignalboxApplication() {
    }

    /** Opens the window on the data directory given by --data-dir (null: the default place); blocks until it closes. */
    public static void launchWindow(String dataDirOption) {
        throw new UnsupportedOperationException("window not built yet");
    }
}
