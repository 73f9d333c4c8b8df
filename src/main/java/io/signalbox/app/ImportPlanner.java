package io.signalbox.app;

import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.transfer.DocumentBot;
import io.signalbox.transfer.DocumentFormat;
import io.signalbox.transfer.DocumentUrl;
import io.signalbox.transfer.ReadDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Compares a valid document with the store: bots matched by id, then by name ignoring case; URLs by
 * id anywhere in the store. Gives what the operator sees (the plan), the writes that carry it out,
 * and the problems only the store reveals (a secret neither side has, a name held by a bot the
 * document leaves alone). Pure: reads nothing itself.
 */
final class ImportPlanner {

    /** The outcome: a plan and its writes, or the problems that refuse the document. */
    record Planned(ImportPlan plan, List<ImportStep> steps, List<String> problems) {
    }

    private final ReadDocument document;
    private final StoreSnapshot store;
    private final boolean replace;
    private final Map<DocumentBot, Bot> matched = new IdentityHashMap<>();
    private final Set<UUID> keptBots = new HashSet<>();
    private final List<PlanEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<ImportStep> freeNames = new ArrayList<>();
    private final List<ImportStep> botWrites = new ArrayList<>();
    private final List<ImportStep> urlWrites = new ArrayList<>();
    private final List<ImportStep> deletions = new ArrayList<>();

    private ImportPlanner(ReadDocument document, StoreSnapshot store, boolean replace) {
        this.document = document;
        this.store = store;
        this.replace = replace;
    }

    static Planned plan(ReadDocument document, StoreSnapshot store, boolean replace) {
        return new ImportPlanner(document, store, replace).run();
    }

    private Planned run() {
        match();
        Set<UUID> urlsInDocument = new HashSet<>();
        for (DocumentBot documentBot : document.bots()) {
            Bot target = bot(documentBot);
            for (DocumentUrl url : documentBot.urls()) {
                urlsInDocument.add(url.id());
                url(url, target);
            }
        }
        if (replace) {
            deleteWhatTheDocumentDoesNotHold(urlsInDocument);
        }
        List<ImportStep> steps = new ArrayList<>(freeNames);
        steps.addAll(botWrites);
        steps.addAll(urlWrites);
        steps.addAll(deletions);
        return new Planned(new ImportPlan(entries), steps, problems);
    }

    /** By id first; the bots left over by name (ignoring case) among the stored bots not yet taken. */
    private void match() {
        for (DocumentBot documentBot : document.bots()) {
            store.bot(documentBot.bot().id()).ifPresent(stored -> take(documentBot, stored));
        }
        for (DocumentBot documentBot : document.bots()) {
            Bot stored = store.botsByNameKey.get(documentBot.bot().nameKey());
            if (!matched.containsKey(documentBot) && stored != null && !keptBots.contains(stored.id())) {
                take(documentBot, stored);
            }
        }
    }

    private void take(DocumentBot documentBot, Bot stored) {
        matched.put(documentBot, stored);
        keptBots.add(stored.id());
    }

    /** Plans one bot; returns it as it will be stored (a bot matched by name keeps its stored id). */
    private Bot bot(DocumentBot documentBot) {
        Bot wanted = documentBot.bot();
        Bot stored = matched.get(documentBot);
        Bot target = new Bot(stored == null ? wanted.id() : stored.id(), wanted.name(), wanted.platformBotId(),
                wanted.description());
        Bot holder = store.botsByNameKey.get(target.nameKey());
        if (holder != null && !holder.id().equals(target.id()) && !keptBots.contains(holder.id())) {
            if (replace) {
                // A bot about to be deleted still holds the name: free it first.
                freeNames.add(new ImportStep.FreeName(holder));
            } else {
                problems.add(documentBot.path() + ".name: "
                        + AppTexts.get("transfer.nameInStore", holder.name()));
            }
        }
        if (stored == null) {
            entries.add(entry(PlanAction.ADD, PlanTarget.BOT, target.name(), target.name(), List.of(), List.of()));
            botWrites.add(new ImportStep.AddBot(target));
        } else {
            List<FieldChange> changes = PlanDiff.bot(stored, target);
            if (!changes.isEmpty()) {
                entries.add(entry(PlanAction.CHANGE, PlanTarget.BOT, target.name(), target.name(), changes, List.of()));
                botWrites.add(new ImportStep.ChangeBot(target));
                if (!stored.nameKey().equals(target.nameKey())) {
                    freeNames.add(new ImportStep.FreeName(stored));
                }
            }
        }
        return target;
    }

    private void url(DocumentUrl url, Bot bot) {
        NotificationUrl stored = store.urlsById.get(url.id());
        Secret storedSecret = stored != null && stored.auth().kind() == url.auth().kind() ? stored.auth().secret() : null;
        if (!url.secretGiven() && url.auth().needsSecret() && storedSecret == null) {
            problems.add(url.secretPath() + ": " + AppTexts.get("transfer.secretMissing"));
            return;
        }
        NotificationUrl target = url.toNotificationUrl(bot.id(), storedSecret);
        List<String> warnings = new ArrayList<>();
        if (target.warning() != null) {
            warnings.add(target.warning());
        }
        if (!url.secretGiven() && storedSecret != null) {
            // A kept secret follows the address: say so when the document sends it somewhere new.
            KeptSecrets.newDestination(stored, target)
                    .ifPresent(host -> warnings.add(AppTexts.get("transfer.secretFollows", host)));
        }
        if (stored == null) {
            entries.add(entry(PlanAction.ADD, PlanTarget.URL, bot.name(), target.url(), List.of(), warnings));
            urlWrites.add(new ImportStep.AddUrl(target));
            return;
        }
        String storedBotName = store.bot(stored.botId()).map(Bot::name).orElse("");
        List<FieldChange> changes = PlanDiff.url(stored, target, storedBotName, bot.name());
        if (!changes.isEmpty()) {
            entries.add(entry(PlanAction.CHANGE, PlanTarget.URL, bot.name(), target.url(), changes, warnings));
            urlWrites.add(new ImportStep.ChangeUrl(target, !stored.botId().equals(bot.id())));
        }
    }

    /** With replace: the stored URLs and bots the document does not hold, URLs of kept bots first. */
    private void deleteWhatTheDocumentDoesNotHold(Set<UUID> urlsInDocument) {
        List<Bot> gone = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (Bot stored : store.bots) {
            names.put(stored.id(), stored.name());
            if (!keptBots.contains(stored.id())) {
                gone.add(stored);
            }
        }
        for (Bot kept : sorted(store.bots)) {
            if (keptBots.contains(kept.id())) {
                deleteUrls(kept, urlsInDocument);
            }
        }
        for (Bot bot : sorted(gone)) {
            entries.add(entry(PlanAction.DELETE, PlanTarget.BOT, bot.name(), bot.name(), List.of(), List.of()));
            deleteUrls(bot, urlsInDocument);
            deletions.add(new ImportStep.DeleteBot(bot.id()));
        }
    }

    private void deleteUrls(Bot bot, Set<UUID> urlsInDocument) {
        List<NotificationUrl> urls = new ArrayList<>(store.urlsOf(bot.id()));
        urls.sort(DocumentFormat.URL_ORDER);
        for (NotificationUrl url : urls) {
            if (!urlsInDocument.contains(url.id())) {
                entries.add(entry(PlanAction.DELETE, PlanTarget.URL, bot.name(), url.url(), List.of(), List.of()));
                deletions.add(new ImportStep.DeleteUrl(url.id()));
            }
        }
    }

    private static List<Bot> sorted(List<Bot> bots) {
        List<Bot> sorted = new ArrayList<>(bots);
        sorted.sort(DocumentFormat.BOT_ORDER);
        return sorted;
    }

    private static PlanEntry entry(PlanAction action, PlanTarget target, String botName, String label,
                                   List<FieldChange> changes, List<String> warnings) {
        return new PlanEntry(action, target, botName, label, changes, warnings);
    }
}
