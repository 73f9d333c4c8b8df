package io.signalbox.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalbox.domain.Bot;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a configuration document with Jackson's streaming parser: the head field by field, then one
 * bot at a time (a small tree per bot, checked against the schema and then dropped), so memory does
 * not grow with a copy of the whole document. Every problem comes back with its JSON path; a document
 * that is not JSON at all gets one line with its position. Thread-safe: keep one per application.
 */
public final class DocumentReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Progress is reported at most this often (in bytes), so a listener is not flooded. */
    private static final long PROGRESS_STEP = 256 * 1024;

    private final ObjectMapper mapper = new ObjectMapper(FACTORY);
    private final DocumentSchema schema;

    public DocumentReader() {
        this.schema = DocumentSchema.load();
    }

    /** Reads the head only (and counts the bots without reading them). */
    public DocumentHead readHead(InputStream in) throws DocumentInvalidException {
        Parse parse = new Parse(false, 0, TransferProgress.none());
        parse.run(in);
        Optional<DocumentSecrets> secrets = DocumentSecrets.fromJson(parse.head.path("secrets").asText(null));
        if (secrets.isEmpty()) {
            List<String> problems = schema.checkHead(parse.headWithEmptyBots()).stream().map(PathProblem::toString).toList();
            throw new DocumentInvalidException(problems.isEmpty()
                    ? List.of(TransferTexts.problem("$.secrets", "schema.required")) : problems);
        }
        return new DocumentHead(secrets.get(), parse.botCount);
    }

    /**
     * Reads and checks a whole document; {@code size} (bytes, 0 if unknown) scales the progress.
     *
     * @param passphrase opens an encrypted document's secrets; may be null for the other modes
     */
    public ReadDocument read(InputStream in, long size, char[] passphrase, TransferProgress progress)
            throws DocumentInvalidException, PassphraseException {
        Parse parse = new Parse(true, size, progress);
        parse.run(in);
        List<PathProblem> problems = new ArrayList<>(schema.checkHead(parse.headWithEmptyBots()));
        DocumentSecrets mode = DocumentSecrets.fromJson(parse.head.path("secrets").asText(null)).orElse(null);
        if (mode != null && mode != DocumentSecrets.ENCRYPTED && parse.head.has("encryption")) {
            problems.add(new PathProblem("$.encryption", TransferTexts.get("encryption.unexpected")));
        }
        boolean structureSound = problems.isEmpty() && parse.bots.stream().allMatch(bot -> bot.problems.isEmpty());
        PassphraseKey key = null;
        if (mode == DocumentSecrets.ENCRYPTED && structureSound) {
            key = open(parse.head.get("encryption"), passphrase);
        }
        DocumentChecks checks = new DocumentChecks(mode, key);
        List<DocumentBot> bots = new ArrayList<>(parse.bots.size());
        for (PendingBot pending : parse.bots) {
            checks.check(pending).ifPresent(bots::add);
            problems.addAll(pending.problems);
        }
        if (!problems.isEmpty()) {
            throw new DocumentInvalidException(problems.stream().map(PathProblem::toString).toList());
        }
        progress.progress(Math.max(size, 1), Math.max(size, 1));
        return new ReadDocument(mode, bots);
    }

    /** Derives the document's key once and checks it against the header's check value. */
    private static PassphraseKey open(JsonNode encryption, char[] passphrase)
            throws PassphraseException, DocumentInvalidException {
        byte[] salt;
        try {
            salt = Base64.getDecoder().decode(encryption.get("salt").asText());
        } catch (IllegalArgumentException e) {
            throw new DocumentInvalidException(List.of(TransferTexts.problem("$.encryption.salt", "schema.base64")));
        }
        if (passphrase == null || passphrase.length == 0) {
            throw PassphraseException.none();
        }
        PassphraseKey key = PassphraseKey.derive(passphrase, salt, encryption.get("iterations").asInt());
        if (!key.verifies(encryption.get("check").asText())) {
            throw PassphraseException.wrong();
        }
        return key;
    }

    /** One pass over the document. */
    private final class Parse {

        private final boolean readBots;
        private final long size;
        private final TransferProgress progress;
        final ObjectNode head = mapper.createObjectNode();
        final List<PendingBot> bots = new ArrayList<>();
        int botCount = -1;
        private final Map<UUID, String> botIds = new HashMap<>();
        private final Map<String, String> botNames = new HashMap<>();
        private final Map<UUID, String> urlIds = new HashMap<>();
        private long reported;

        Parse(boolean readBots, long size, TransferProgress progress) {
            this.readBots = readBots;
            this.size = size;
            this.progress = progress;
        }

        void run(InputStream in) throws DocumentInvalidException {
            JsonParser parser = null;
            try {
                parser = mapper.createParser(in);
                document(parser);
            } catch (IOException e) {
                throw new DocumentInvalidException(List.of(SyntaxProblems.describe(e, parser)));
            } finally {
                closeQuietly(parser);
            }
        }

        private void document(JsonParser parser) throws IOException, DocumentInvalidException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw refused(TransferTexts.problem(JsonPaths.ROOT, "file.empty"));
            }
            if (first != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                throw refused(TransferTexts.problem(JsonPaths.ROOT, "file.notObject", at.getLineNr(), at.getColumnNr()));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("bots".equals(name) && value == JsonToken.START_ARRAY) {
                    bots(parser);
                    head.putArray("bots");
                } else {
                    head.set(name, parser.readValueAsTree());
                    checkIdentity(name);
                }
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw refused(TransferTexts.problem(JsonPaths.ROOT, "file.trailing", at.getLineNr(), at.getColumnNr()));
            }
        }

        /** A document of another format or version is refused at once: its bots would only add noise. */
        private void checkIdentity(String name) throws DocumentInvalidException {
            JsonNode value = head.get(name);
            if ("format".equals(name) && !DocumentFormat.FORMAT.equals(value.asText(null))) {
                throw refused(TransferTexts.problem("$.format", "format.wrong", value.toString()));
            }
            if ("version".equals(name) && !(value.isIntegralNumber() && value.asLong() == DocumentFormat.VERSION)) {
                throw refused(TransferTexts.problem("$.version", "version.wrong", value.toString()));
            }
        }

        private void bots(JsonParser parser) throws IOException {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (readBots) {
                    String path = JsonPaths.bot(index);
                    JsonNode node = parser.readValueAsTree();
                    if (node == null) {
                        node = com.fasterxml.jackson.databind.node.NullNode.getInstance();
                    }
                    PendingBot bot = new PendingBot(path, node, schema.checkBot(path, node));
                    checkDuplicates(bot);
                    bots.add(bot);
                    report(parser);
                } else {
                    parser.skipChildren();
                }
                index++;
            }
            botCount = index;
        }

        private void checkDuplicates(PendingBot bot) {
            if (bot.id != null) {
                String first = botIds.putIfAbsent(bot.id, bot.path);
                if (first != null) {
                    bot.problems.add(new PathProblem(JsonPaths.field(bot.path, "id"),
                            TransferTexts.get("duplicate.botId", bot.id, first)));
                }
            }
            if (bot.name != null && Bot.checkName(bot.name).isEmpty()) {
                String first = botNames.putIfAbsent(Bot.nameKey(bot.name), bot.path);
                if (first != null) {
                    bot.problems.add(new PathProblem(JsonPaths.field(bot.path, "name"),
                            TransferTexts.get("duplicate.botName", bot.name.strip(), first)));
                }
            }
            for (PendingBot.PendingUrl url : bot.urls) {
                if (url.id != null) {
                    String first = urlIds.putIfAbsent(url.id, url.path);
                    if (first != null) {
                        bot.problems.add(new PathProblem(JsonPaths.field(url.path, "id"),
                                TransferTexts.get("duplicate.urlId", url.id, first)));
                    }
                }
            }
        }

        private void report(JsonParser parser) {
            long offset = parser.currentLocation().getByteOffset();
            if (size > 0 && offset - reported >= Math.min(PROGRESS_STEP, Math.max(1, size / 100))) {
                reported = offset;
                progress.progress(Math.min(offset, size), size);
            }
        }

        /** The head as the schema sees it: the bots, checked one by one already, stand in as an empty list. */
        JsonNode headWithEmptyBots() {
            return head;
        }

        private DocumentInvalidException refused(String problem) {
            return new DocumentInvalidException(List.of(problem));
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException ignored) {
                // Reading is over; the caller closes the stream itself.
            }
        }
    }
}
