package io.signalbox.ui.urls;

import io.signalbox.domain.AuthKind;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Problem;
import io.signalbox.domain.SigningSecret;
import io.signalbox.domain.UrlRules;
import io.signalbox.ui.common.FormDialogs;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.SecretField;
import io.signalbox.ui.common.Views;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;

/** The notification URL editor dialog, bound to {@link UrlEditorViewModel}. */
public final class UrlEditorView {

    private final UrlEditorViewModel model;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private ToggleButton readToggle;
    @FXML private ToggleButton failedToggle;
    @FXML private ToggleButton replyToggle;
    @FXML private ToggleButton allToggle;
    @FXML private Label readReceiptsLabel;
    @FXML private TextField urlField;
    @FXML private Label urlWarningLabel;
    @FXML private ComboBox<AuthKind> authKindBox;
    @FXML private GridPane basicGrid;
    @FXML private GridPane bearerGrid;
    @FXML private GridPane apiKeyGrid;
    @FXML private GridPane signatureGrid;
    @FXML private GridPane oauthGrid;
    @FXML private TextField usernameField;
    @FXML private SecretField passwordField;
    @FXML private SecretField bearerTokenField;
    @FXML private TextField apiKeyHeaderField;
    @FXML private SecretField apiKeyValueField;
    @FXML private SecretField signingSecretField;
    @FXML private Button generateButton;
    @FXML private TextField tokenUrlField;
    @FXML private TextField clientIdField;
    @FXML private SecretField clientSecretField;
    @FXML private TextField scopeField;
    @FXML private VBox headerRows;
    @FXML private TextField timeoutField;
    @FXML private TextField descriptionField;
    @FXML private CheckBox enabledBox;
    @FXML private Label problemLabel;

    UrlEditorView(UrlEditorViewModel model) {
        this.model = model;
    }

    /** Shows the editor and waits; the URL to store, or empty when cancelled. */
    public static Optional<NotificationUrl> show(Window owner, UUID botId, NotificationUrl shown, boolean newUrl) {
        UrlEditorViewModel model = new UrlEditorViewModel(botId, shown);
        UrlEditorView view = new UrlEditorView(model);
        VBox content = Views.load(view);
        String title = Messages.get(newUrl ? "url.editor.newTitle" : "url.editor.editTitle");
        return FormDialogs.show(owner, title, content, Messages.get("url.editor.save"), model.validProperty(),
                "urlEditor", () -> Platform.runLater(() -> {
                    view.urlField.requestFocus();
                    view.urlField.end();
                }))
                .map(saved -> model.result());
    }

    @FXML
    private void initialize() {
        readToggle.selectedProperty().bindBidirectional(model.readProperty());
        failedToggle.selectedProperty().bindBidirectional(model.failedProperty());
        replyToggle.selectedProperty().bindBidirectional(model.replyProperty());
        allToggle.selectedProperty().bindBidirectional(model.allProperty());
        showWhen(readReceiptsLabel, model.readReceiptsWarningProperty().get());
        model.readReceiptsWarningProperty().addListener((obs, was, now) -> {
            showWhen(readReceiptsLabel, now);
            FormDialogs.refit(readReceiptsLabel);
        });

        urlField.textProperty().bindBidirectional(model.urlProperty());
        urlWarningLabel.textProperty().bind(model.urlWarningProperty());
        showWhen(urlWarningLabel, !model.urlWarningProperty().get().isEmpty());
        model.urlWarningProperty().addListener((obs, was, now) -> {
            showWhen(urlWarningLabel, !now.isEmpty());
            FormDialogs.refit(urlWarningLabel);
        });

        bindAuth();
        bindHeaders();
        timeoutField.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,3}") ? change : null));
        timeoutField.textProperty().bindBidirectional(model.timeoutProperty());
        descriptionField.textProperty().bindBidirectional(model.descriptionProperty());
        enabledBox.selectedProperty().bindBidirectional(model.enabledProperty());

        problemLabel.textProperty().bind(model.saveBlockedReasonProperty());
        problemLabel.textProperty().addListener((obs, was, now) -> FormDialogs.refit(problemLabel));
        problemLabel.visibleProperty().bind(model.validProperty().not());
        registerValidators();
    }

    private void bindAuth() {
        var auth = model.auth();
        authKindBox.getItems().setAll(AuthKind.values());
        Function<AuthKind, String> name = kind -> kind == null ? "" : Messages.get("auth." + kind.name());
        authKindBox.setCellFactory(list -> new AuthKindCell(name));
        authKindBox.setButtonCell(new AuthKindCell(name));
        authKindBox.valueProperty().bindBidirectional(auth.kindProperty());
        Map<AuthKind, GridPane> grids = Map.of(AuthKind.BASIC, basicGrid, AuthKind.BEARER, bearerGrid,
                AuthKind.API_KEY, apiKeyGrid, AuthKind.SIGNATURE, signatureGrid,
                AuthKind.OAUTH2_CLIENT_CREDENTIALS, oauthGrid);
        grids.forEach((kind, grid) -> showWhen(grid, auth.kindProperty().get() == kind));
        auth.kindProperty().addListener((obs, old, kind) -> {
            grids.forEach((k, grid) -> showWhen(grid, k == kind));
            FormDialogs.refit(headerRows);
        });

        usernameField.textProperty().bindBidirectional(auth.usernameProperty());
        passwordField.textProperty().bindBidirectional(auth.passwordProperty());
        bearerTokenField.textProperty().bindBidirectional(auth.bearerTokenProperty());
        apiKeyHeaderField.textProperty().bindBidirectional(auth.apiKeyHeaderProperty());
        apiKeyValueField.textProperty().bindBidirectional(auth.apiKeyValueProperty());
        signingSecretField.textProperty().bindBidirectional(auth.signingSecretProperty());
        tokenUrlField.textProperty().bindBidirectional(auth.tokenUrlProperty());
        clientIdField.textProperty().bindBidirectional(auth.clientIdProperty());
        clientSecretField.textProperty().bindBidirectional(auth.clientSecretProperty());
        scopeField.textProperty().bindBidirectional(auth.scopeProperty());
        generateButton.setTooltip(new Tooltip(Messages.get("url.editor.generate.tooltip")));
    }

    /** Rows are rebuilt only when headers are added or removed, never while one is typed in. */
    private void bindHeaders() {
        rebuildHeaderRows();
        model.headers().addListener((ListChangeListener<HeaderRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved();
            }
            if (structural) {
                rebuildHeaderRows();
                FormDialogs.refit(headerRows);
            }
        });
    }

    private void rebuildHeaderRows() {
        headerRows.getChildren().clear();
        List<HeaderRow> rows = model.headers();
        for (int i = 0; i < rows.size(); i++) {
            HeaderRow row = rows.get(i);
            TextField name = new TextField();
            name.setPromptText(Messages.get("url.editor.headers.name"));
            name.setId("headerName" + i);
            name.setPrefColumnCount(12);
            name.textProperty().bindBidirectional(row.nameProperty());
            TextField value = new TextField();
            value.setPromptText(Messages.get("url.editor.headers.value"));
            value.setId("headerValue" + i);
            value.textProperty().bindBidirectional(row.valueProperty());
            HBox.setHgrow(value, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.getStyleClass().addAll("button-icon", "flat");
            remove.setId("headerRemove" + i);
            remove.setTooltip(new Tooltip(Messages.get("url.editor.headers.remove")));
            remove.setOnAction(event -> model.removeHeader(row));
            String field = "headers[" + i + "]";
            markWhileInvalid(name, field + ".name");
            markWhileInvalid(value, field + ".value");
            headerRows.getChildren().add(new HBox(6, name, value, remove));
        }
    }

    private void markWhileInvalid(Control control, String field) {
        FormDialogs.markInvalid(control, javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.problemFor(field) != null, model.problemsProperty()));
    }

    /** ControlsFX markers on the fields that are checked as typed, with the reason as tooltip. */
    private void registerValidators() {
        validation.setErrorDecorationEnabled(true);
        validation.registerValidator(urlField, false, (Control control, String value) ->
                firstOf(control, UrlRules.check("url", value)));
        validation.registerValidator(tokenUrlField, false, (Control control, String value) ->
                firstOf(control, auth(AuthKind.OAUTH2_CLIENT_CREDENTIALS) ? UrlRules.check("auth.tokenUrl", value) : List.of()));
        validation.registerValidator(signingSecretField.maskedField(), false, (Control control, String value) ->
                firstOf(control, auth(AuthKind.SIGNATURE) && !value.isEmpty()
                        ? SigningSecret.check("auth.secret", value) : List.of()));
        markWhileInvalid(urlField, "url");
        markWhileInvalid(tokenUrlField, "auth.tokenUrl");
        markWhileInvalid(usernameField, "auth.username");
        markWhileInvalid(apiKeyHeaderField, "auth.header");
        markWhileInvalid(clientIdField, "auth.clientId");
        markWhileInvalid(timeoutField, "timeoutSeconds");
    }

    private boolean auth(AuthKind kind) {
        return model.auth().kindProperty().get() == kind;
    }

    private static ValidationResult firstOf(Control control, List<Problem> problems) {
        return problems.isEmpty() ? new ValidationResult()
                : ValidationResult.fromError(control, problems.get(0).message());
    }

    private static void showWhen(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @FXML
    private void onGenerate() {
        model.auth().generateSigningSecret();
    }

    @FXML
    private void onAddHeader() {
        model.addHeader();
        int last = headerRows.getChildren().size() - 1;
        ((HBox) headerRows.getChildren().get(last)).getChildren().get(0).requestFocus();
    }

    /** Shows an auth kind by its name in the operator's words. */
    private static final class AuthKindCell extends ListCell<AuthKind> {
        private final Function<AuthKind, String> name;

        AuthKindCell(Function<AuthKind, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(AuthKind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name.apply(item));
        }
    }
}
