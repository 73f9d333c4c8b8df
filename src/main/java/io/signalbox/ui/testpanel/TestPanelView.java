package io.signalbox.ui.testpanel;

import io.signalbox.ui.common.Placeholder;
import io.signalbox.ui.common.StatusModel;
import io.signalbox.ui.common.Views;
import io.signalbox.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The test panel under the URL table: tabs Test, History, Test all and Receiver. Test and History
 * need a selected URL, Test all a selected bot; each says so while it has none. FX thread.
 */
public final class TestPanelView {

    private final TestPanelViewModel model;
    private final StatusModel status;

    @FXML private TabPane testTabs;
    @FXML private Tab testTab;
    @FXML private Tab historyTab;
    @FXML private Tab testAllTab;
    @FXML private Tab receiverTab;

    public TestPanelView(TestPanelViewModel model, StatusModel status) {
        this.model = model;
        this.status = status;
    }

    @FXML
    private void initialize() {
        ObservableBooleanValue hasUrl = model.urlProperty().isNotNull();
        ObservableBooleanValue hasBot = model.botProperty().isNotNull();
        testTab.setContent(guarded(Views.load(new SendView(model.send())), hasUrl, "testpanel.noUrl"));
        // Built when first opened: together they cost the window's start a few hundred milliseconds.
        whenFirstSelected(historyTab,
                () -> guarded(Views.load(new HistoryView(model.history())), hasUrl, "testpanel.noUrl"));
        whenFirstSelected(testAllTab,
                () -> guarded(Views.load(new TestAllView(model.testAll())), hasBot, "testpanel.noBot"));
        whenFirstSelected(receiverTab, () -> Views.load(new ReceiverView(model.receiver(), status)));
    }

    private static void whenFirstSelected(Tab tab, Supplier<Node> content) {
        if (tab.isSelected()) {
            tab.setContent(content.get());
            return;
        }
        tab.selectedProperty().addListener((obs, was, now) -> {
            if (now && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
    }

    /** The view while {@code shown} holds, else a muted line saying what to select. */
    private static StackPane guarded(Region view, ObservableBooleanValue shown, String placeholderKey) {
        Label placeholder = Placeholder.of(Messages.get(placeholderKey));
        view.visibleProperty().bind(shown);
        placeholder.visibleProperty().bind(view.visibleProperty().not());
        StackPane pane = new StackPane(view, placeholder);
        pane.getStyleClass().add("test-tab-content");
        return pane;
    }

    /** Selects a tab by its position (0 Test, 1 History, 2 Test all, 3 Receiver). */
    public void select(int index) {
        testTabs.getSelectionModel().select(index);
    }
}
