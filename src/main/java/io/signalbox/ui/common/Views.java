package io.signalbox.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a view's FXML (beside its class in resources) with a controller built by hand. */
public final class Views {

    private Views() {
    }

    public static <T extends Parent> T load(Object controller) {
        Class<?> type = controller.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(type.getSimpleName() + ".fxml"), Messages.bundle());
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the view " + type.getSimpleName(), e);
        }
    }
}
