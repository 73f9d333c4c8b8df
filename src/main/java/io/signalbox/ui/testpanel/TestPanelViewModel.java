package io.signalbox.ui.testpanel;

import io.signalbox.app.TestDelivery;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.StatusModel;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The test panel under the URL table: its four tabs' models, fed with the selected bot and URL.
 * Store reads go to the store runner; sends, test-all and the receiver to the network runner,
 * so a slow endpoint never holds up the store. FX thread only.
 */
public final class TestPanelViewModel {

    private final ObjectProperty<Bot> bot = new SimpleObjectProperty<>();
    private final ObjectProperty<NotificationUrl> url = new SimpleObjectProperty<>();
    private final SendViewModel send;
    private final HistoryViewModel history;
    private final TestAllViewModel testAll;
    private final ReceiverViewModel receiver;

    /** {@code fxThread} hands results of the receiver and test-all to the FX thread (inline in tests). */
    public TestPanelViewModel(TestDelivery delivery, BackgroundRunner store, BackgroundRunner network,
                              Executor fxThread, StatusModel status) {
        send = new SendViewModel(delivery, store, network, status);
        history = new HistoryViewModel(delivery, store, network, status);
        testAll = new TestAllViewModel(delivery, network, fxThread, status);
        receiver = new ReceiverViewModel(delivery, network, fxThread, status);
        send.urlProperty().bind(url);
        history.urlProperty().bind(url);
        testAll.botProperty().bind(bot);
        send.setOnDelivered(history::delivered);
        history.setOnDelivered(history::delivered);
        testAll.setOnFinished(rows -> history.reload(null));
    }

    public ObjectProperty<Bot> botProperty() {
        return bot;
    }

    public ObjectProperty<NotificationUrl> urlProperty() {
        return url;
    }

    public SendViewModel send() {
        return send;
    }

    public HistoryViewModel history() {
        return history;
    }

    public TestAllViewModel testAll() {
        return testAll;
    }

    public ReceiverViewModel receiver() {
        return receiver;
    }

    /** The window is closing: cancels calls under way and frees the receiver's port. */
    public void close() {
        send.cancel();
        history.cancel();
        testAll.cancel();
        receiver.close();
    }
}
