package io.signalbox.ui.urls;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One extra header as the editor holds it while the operator types. */
public final class HeaderRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public HeaderRow(String name, String value) {
        this.name.set(name);
        this.value.set(value);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** What an observable list of rows watches, so editing a cell re-checks the form. */
    static Observable[] observed(HeaderRow row) {
        return new Observable[] {row.name, row.value};
    }
}
