package io.signalbox.ui.main;

import io.signalbox.domain.Bot;
import io.signalbox.domain.BotSummary;
import io.signalbox.ui.bots.BotListView;
import io.signalbox.ui.bots.BotListViewModel;
import io.signalbox.ui.common.BackgroundRunner;
import io.signalbox.ui.common.Messages;
import io.signalbox.ui.common.StatusModel;
import io.signalbox.ui.common.Views;
import io.signalbox.ui.testpanel.TestPanelView;
import io.signalbox.ui.testpanel.TestPanelViewModel;
import io.signalbox.ui.transfer.ExportViewModel;
import io.signalbox.ui.transfer.ImportViewModel;
import io.signalbox.ui.urls.UrlTableView;
import io.signalbox.ui.urls.UrlTableViewModel;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The main window: menus with the keyboard shortcuts, the bot list beside the URL table with the
 * test panel under it, the status bar.
 */
public final class MainView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final BotListViewModel bots;
    private final UrlTableViewModel urls;
    private final TestPanelViewModel testPanel;
    private final StatusModel status;
    private final BackgroundRunner runner;
    private final Path dataDir;
    private final ExportViewModel exporter;
    private final ImportViewModel importer;
    private BotListView botListView;

    @FXML private BorderPane root;
    @FXML private SplitPane splitPane;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private Label countsLabel;
    @FXML private Label dataDirLabel;
    @FXML private MenuItem exportBotItem;
    @FXML private MenuItem editBotItem;
    @FXML private MenuItem deleteBotItem;
    @FXML private MenuItem addUrlItem;
    @FXML private MenuItem editUrlItem;
    @FXML private MenuItem duplicateUrlItem;
    @FXML private MenuItem toggleUrlItem;
    @FXML private MenuItem deleteUrlItem;

    public MainView(BotListViewModel bots, UrlTableViewModel urls, TestPanelViewModel testPanel, StatusModel status,
                    BackgroundRunner runner, Path dataDir, ExportViewModel exporter, ImportViewModel importer) {
        this.bots = bots;
        this.urls = urls;
        this.testPanel = testPanel;
        this.status = status;
        this.runner = runner;
        this.dataDir = dataDir;
        this.exporter = exporter;
        this.importer = importer;
    }

    /** Builds the window's content. */
    public BorderPane build() {
        BorderPane window = Views.load(this);
        Platform.runLater(botListView::focusList);
        return window;
    }

    @FXML
    private void initialize() {
        botListView = new BotListView(bots);
        Region botPane = Views.load(botListView);
        Region urlPane = Views.load(new UrlTableView(urls));
        Region testPane = Views.load(new TestPanelView(testPanel, status));
        // The test panel under the table: a URL is picked above and tested below, both in sight.
        SplitPane urlAndTest = new SplitPane(urlPane, testPane);
        urlAndTest.setOrientation(Orientation.VERTICAL);
        urlAndTest.setDividerPositions(0.4);
        urlAndTest.getStyleClass().add("url-test-split");
        splitPane.getItems().setAll(botPane, urlAndTest);
        SplitPane.setResizableWithParent(botPane, false);
        testPanel.botProperty().bind(urls.botProperty());
        testPanel.urlProperty().bind(urls.selectedProperty());

        bots.selectedProperty().addListener((obs, old, summary) -> urls.botProperty().set(summary == null ? null : summary.bot()));
        urls.setOnChange(bots::load);

        busyIndicator.visibleProperty().bind(runner.busyProperty());
        busyIndicator.managedProperty().bind(runner.busyProperty());
        busyIndicator.progressProperty().bind(status.progressProperty());
        statusLabel.textProperty().bind(status.messageProperty());
        status.errorProperty().addListener((obs, was, now) -> statusLabel.pseudoClassStateChanged(ERROR, now));
        dataDirLabel.setText(Messages.get("status.dataDir", dataDir));

        exportBotItem.disableProperty().bind(bots.selectedProperty().isNull());
        importer.setOnImported(() -> {
            bots.load();
            urls.refresh();
        });
        editBotItem.disableProperty().bind(bots.selectedProperty().isNull());
        deleteBotItem.disableProperty().bind(bots.selectedProperty().isNull());
        addUrlItem.disableProperty().bind(urls.botProperty().isNull());
        for (MenuItem item : new MenuItem[] {editUrlItem, duplicateUrlItem, toggleUrlItem, deleteUrlItem}) {
            item.disableProperty().bind(urls.selectedProperty().isNull());
        }
        countsLabel.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("status.ready",
                bots.allBots().size(), bots.allBots().stream().mapToInt(BotSummary::urlCount).sum()), bots.allBots()));
    }

    @FXML
    private void onQuit() {
        root.getScene().getWindow().hide();
        Platform.exit();
    }

    @FXML
    private void onExport() {
        exporter.export(selectedBot(), bots.allBots().size(), false);
    }

    @FXML
    private void onExportBot() {
        exporter.export(selectedBot(), bots.allBots().size(), true);
    }

    @FXML
    private void onImport() {
        importer.importFile();
    }

    private Bot selectedBot() {
        BotSummary selected = bots.selectedProperty().get();
        return selected == null ? null : selected.bot();
    }

    @FXML
    private void onNewBot() {
        bots.newBot();
    }

    @FXML
    private void onEditBot() {
        bots.editSelected();
    }

    @FXML
    private void onDeleteBot() {
        bots.deleteSelected();
    }

    @FXML
    private void onSearch() {
        botListView.focusSearch();
    }

    @FXML
    private void onAddUrl() {
        urls.add();
    }

    @FXML
    private void onEditUrl() {
        urls.editSelected();
    }

    @FXML
    private void onDuplicateUrl() {
        urls.duplicateSelected();
    }

    @FXML
    private void onToggleUrl() {
        urls.toggleSelected();
    }

    @FXML
    private void onDeleteUrl() {
        urls.deleteSelected();
    }
}
