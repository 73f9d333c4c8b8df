package io.signalbox.ui.common;

import io.signalbox.domain.NotificationUrl;
import io.signalbox.ui.bots.BotFields;
import io.signalbox.ui.transfer.ExportChoice;
import io.signalbox.ui.transfer.ImportPreviewViewModel;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The questions and notices a view model needs from the operator. The window answers with real
 * dialogs; view-model tests answer with a stub.
 */
public interface DialogService {

    /** Asks before something that cannot be undone; true to go ahead. */
    boolean confirm(String title, String question, String detail, String goAheadLabel);

    /**
     * The bot editor, showing {@code shown} (null: blank); {@code newBot} picks the title;
     * {@code otherNames} lets it refuse a taken name as the operator types.
     */
    Optional<BotFields> editBot(BotFields shown, boolean newBot, Collection<String> otherNames);

    /** The URL editor showing {@code shown} (null: a blank form); {@code newUrl} picks the title. */
    Optional<NotificationUrl> editUrl(UUID botId, NotificationUrl shown, boolean newUrl);

    /** Tells that something failed, in one line. */
    void showError(String title, String message);

    /**
     * The export dialog: how secrets travel, and the whole store or only the selected bot
     * ({@code selectedBotName} null: none selected); {@code onlySelectedBot} presets the latter.
     */
    Optional<ExportChoice> chooseExport(String selectedBotName, int botCount, boolean onlySelectedBot);

    /** Where to write an export, proposing {@code suggestedName}. */
    Optional<Path> chooseExportFile(String suggestedName);

    /** Which document to import. */
    Optional<Path> chooseImportFile();

    /** The passphrase of a document with encrypted secrets; {@code problem} says why it is asked again ("" the first time). */
    Optional<char[]> askPassphrase(String fileName, String problem);

    /** Shows an import's plan; true when the operator chose Apply. */
    boolean previewImport(ImportPreviewViewModel preview);

    /** Tells that a document was refused, listing every problem with its JSON path. */
    void showRefused(String fileName, String summary, List<String> problems);

    /** A transient notice that an export was written, with a way to copy the path. */
    void showExported(String message, Path file);
}
