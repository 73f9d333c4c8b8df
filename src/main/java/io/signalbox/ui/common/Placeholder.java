package io.signalbox.ui.common;

import javafx.scene.control.Label;

/** The muted, centred text an empty list or table shows instead of blank space. */
public final class Placeholder {

    private Placeholder() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("text-muted", "placeholder");
        label.setWrapText(true);
        return label;
    }
}
