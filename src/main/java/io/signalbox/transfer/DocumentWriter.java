package io.signalbox.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SubscriptionEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes the configuration document with Jackson's streaming generator, bot by bot, in the stable
 * order of {@link DocumentFormat}: two exports of the same store differ only in {@code exportedAt}.
 * UTF-8 (characters outside ASCII written as themselves), pretty-printed, a newline at the end.
 */
public final class DocumentWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final JsonGenerator json;
    private final DocumentPrettyPrinter printer = new DocumentPrettyPrinter();
    private final DocumentSecrets secrets;
    private final PassphraseKey key;

    private DocumentWriter(JsonGenerator json, DocumentSecrets secrets, PassphraseKey key) {
        this.json = json;
        this.secrets = secrets;
        this.key = key;
        json.setPrettyPrinter(printer);
    }

    /**
     * Writes the whole document. The stream is flushed, not closed. {@code passphrase} is needed for
     * {@link DocumentSecrets#ENCRYPTED} only; the key is derived once for the whole document.
     *
     * @return how many URLs were written
     */
    public static int write(OutputStream out, DocumentSecrets secrets, char[] passphrase, Instant exportedAt,
                            List<Bot> bots, Function<UUID, List<NotificationUrl>> urlsOf,
                            TransferProgress progress) throws IOException, PassphraseException {
        PassphraseKey key = secrets == DocumentSecrets.ENCRYPTED ? PassphraseKey.forExport(passphrase) : null;
        List<Bot> ordered = new ArrayList<>(bots);
        ordered.sort(DocumentFormat.BOT_ORDER);
        int urls = 0;
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            DocumentWriter writer = new DocumentWriter(json, secrets, key);
            writer.head(exportedAt);
            int done = 0;
            for (Bot bot : ordered) {
                urls += writer.bot(bot, urlsOf.apply(bot.id()));
                progress.progress(++done, ordered.size());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
        return urls;
    }

    private void head(Instant exportedAt) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", DocumentFormat.FORMAT);
        json.writeNumberField("version", DocumentFormat.VERSION);
        json.writeStringField("exportedAt", exportedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeStringField("secrets", secrets.jsonName());
        if (key != null) {
            json.writeFieldName("encryption");
            json.writeStartObject();
            json.writeStringField("kdf", PassphraseKey.KDF);
            json.writeNumberField("iterations", key.iterations());
            json.writeStringField("salt", key.saltBase64());
            json.writeStringField("cipher", PassphraseKey.CIPHER);
            json.writeStringField("check", key.verifier());
            json.writeEndObject();
        }
        json.writeFieldName("bots");
        json.writeStartArray();
    }

    private int bot(Bot bot, List<NotificationUrl> urls) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", bot.id().toString());
        json.writeStringField("name", bot.name());
        json.writeStringField("platformBotId", bot.platformBotId());
        json.writeStringField("description", bot.description());
        json.writeFieldName("notificationUrls");
        json.writeStartArray();
        List<NotificationUrl> ordered = new ArrayList<>(urls);
        ordered.sort(DocumentFormat.URL_ORDER);
        for (NotificationUrl url : ordered) {
            url(url);
        }
        json.writeEndArray();
        json.writeEndObject();
        return ordered.size();
    }

    private void url(NotificationUrl url) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", url.id().toString());
        json.writeStringField("url", url.url());
        json.writeFieldName("events");
        printer.inlineNext();
        json.writeStartArray();
        for (SubscriptionEvent event : url.subscription().asList()) {
            json.writeString(event.name());
        }
        json.writeEndArray();
        json.writeBooleanField("enabled", url.enabled());
        json.writeStringField("description", url.description());
        json.writeFieldName("headers");
        printer.inlineNext();
        json.writeStartObject();
        for (Map.Entry<String, String> header : url.headers().entrySet()) {
            json.writeStringField(header.getKey(), header.getValue());
        }
        json.writeEndObject();
        json.writeNumberField("timeoutSeconds", url.timeoutSeconds());
        json.writeFieldName("auth");
        printer.inlineNext();
        auth(url.id(), url.auth());
        json.writeEndObject();
    }

    private void auth(UUID urlId, Auth auth) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", auth.kind().name());
        if (auth instanceof Auth.Basic basic) {
            json.writeStringField("username", basic.username());
        } else if (auth instanceof Auth.ApiKey apiKey) {
            json.writeStringField("header", apiKey.header());
        } else if (auth instanceof Auth.OAuth2Client oauth) {
            json.writeStringField("tokenUrl", oauth.tokenUrl());
            json.writeStringField("clientId", oauth.clientId());
        }
        String field = DocumentFormat.secretField(auth);
        if (field != null) {
            json.writeFieldName(field);
            secret(urlId, field, auth.secret());
        }
        if (auth instanceof Auth.OAuth2Client oauth) {
            json.writeStringField("scope", oauth.scope());
        }
        json.writeEndObject();
    }

    private void secret(UUID urlId, String field, Secret secret) throws IOException {
        if (secret == null || secrets == DocumentSecrets.OMITTED) {
            json.writeNull();
        } else if (secrets == DocumentSecrets.PLAIN) {
            json.writeString(secret.reveal());
        } else {
            json.writeStartObject();
            json.writeStringField("enc", key.seal(secret.reveal(), PassphraseKey.context(urlId.toString(), field)));
            json.writeStringField("kdf", DocumentFormat.ENCRYPTION_PATH);
            json.writeEndObject();
        }
    }
}
