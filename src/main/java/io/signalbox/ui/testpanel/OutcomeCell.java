package io.signalbox.ui.testpanel;

import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell with a status or failure cause, coloured like the answer pane's badge, the whole
 * text in a tooltip. {@code outcomeOf} words the row's item.
 */
final class OutcomeCell<S, T> extends TableCell<S, T> {

    /** A text and the style class that colours it (one of {@link DeliveryTexts#ALL_OUTCOMES}). */
    record Outcome(String text, String styleClass) {
    }

    private final Function<T, Outcome> outcomeOf;
    private final Tooltip tooltip = new Tooltip();

    OutcomeCell(Function<T, Outcome> outcomeOf) {
        this.outcomeOf = outcomeOf;
        getStyleClass().add("outcome-cell");
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(DeliveryTexts.ALL_OUTCOMES);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        Outcome outcome = outcomeOf.apply(item);
        getStyleClass().add(outcome.styleClass());
        setText(outcome.text());
        tooltip.setText(outcome.text());
        setTooltip(tooltip);
    }
}
