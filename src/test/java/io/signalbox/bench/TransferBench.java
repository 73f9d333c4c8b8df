package io.signalbox.bench;

import io.signalbox.app.ConfigTransfer;
import io.signalbox.app.ExportRequest;
import io.signalbox.app.ImportOptions;
import io.signalbox.app.ImportPreview;
import io.signalbox.app.ProgressListener;
import io.signalbox.app.SecretsMode;
import io.signalbox.app.Signalbox;
import io.signalbox.domain.Auth;
import io.signalbox.domain.Bot;
import io.signalbox.domain.NotificationUrl;
import io.signalbox.domain.Secret;
import io.signalbox.domain.SigningSecret;
import io.signalbox.domain.Subscription;
import io.signalbox.domain.SubscriptionEvent;
import io.signalbox.transfer.DocumentSecrets;
import io.signalbox.transfer.DocumentWriter;
import io.signalbox.transfer.TransferProgress;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Times export and import of a large store (default 5,000 bots / 15,000 URLs, every auth kind) through
 * the app layer, as the window and the command line use it, and prints the figures with the peak heap
 * of each phase. Not a test: run it with {@code bench/transfer.sh [BOTS] [URLS_PER_BOT]}.
 */
public final class TransferBench {

    private static final char[] PASSPHRASE = "benchmark passphrase 2026".toCharArray();
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private static final int ROUNDS = 3;

    /** Per phase, one {wall ms, peak heap MB, heap before MB, CPU ms of the working thread} per round. */
    private final Map<String, List<double[]>> figures = new LinkedHashMap<>();

    private TransferBench() {
    }

    public static void main(String[] args) throws Exception {
        int bots = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int urlsPerBot = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("signalbox-bench");
        try {
            System.out.printf(Locale.ROOT, "Warming up (200 bots)...%n");
            new TransferBench().run(work.resolve("warmup"), 200, urlsPerBot);
            System.out.printf(Locale.ROOT, "Measuring %,d bots / %,d URLs on %d CPUs, max heap %d MB, Java %s, "
                            + "median of %d rounds (each on fresh stores)%n",
                    bots, bots * urlsPerBot, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"), ROUNDS);
            TransferBench bench = new TransferBench();
            Map<String, Long> sizes = Map.of();
            for (int round = 1; round <= ROUNDS; round++) {
                sizes = bench.run(work.resolve("round-" + round), bots, urlsPerBot);
            }
            bench.print(sizes);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private Map<String, Long> run(Path work, int botCount, int urlsPerBot) throws Exception {
        Files.createDirectories(work);
        Path seed = work.resolve("seed-plain.json");
        writeSeedDocument(seed, botCount, urlsPerBot);
        Path omitted = work.resolve("export-omitted.json");
        Path plain = work.resolve("export-plain.json");
        Path encrypted = work.resolve("export-encrypted.json");
        try (Signalbox store = Signalbox.open(work.resolve("store"))) {
            ConfigTransfer transfer = store.transfer();
            ImportPreview[] preview = new ImportPreview[1];
            measure("import into empty store: prepare (parse, validate, plan)",
                    () -> preview[0] = transfer.prepare(seed, ImportOptions.merge(), ProgressListener.none()));
            measure("import into empty store: apply (one transaction)",
                    () -> transfer.apply(preview[0], ProgressListener.none()));
            // One untimed export first: the first read after the import pays for a cold store whatever the
            // mode, which would otherwise be charged to whichever mode is timed first.
            transfer.export(ExportRequest.allBots(SecretsMode.OMITTED), OutputStream.nullOutputStream(),
                    ProgressListener.none());
            measure("export, secrets omitted", () -> transfer.export(ExportRequest.allBots(SecretsMode.OMITTED), omitted,
                    ProgressListener.none()));
            measure("export, secrets plain", () -> transfer.export(ExportRequest.allBots(SecretsMode.PLAIN), plain,
                    ProgressListener.none()));
            measure("export, secrets encrypted", () -> transfer.export(new ExportRequest(SecretsMode.ENCRYPTED,
                    Optional.empty(), Optional.of(PASSPHRASE)), encrypted, ProgressListener.none()));
            measure("re-import plain, no change: prepare", () -> preview[0] = transfer.prepare(plain,
                    ImportOptions.merge(), ProgressListener.none()));
            if (!preview[0].plan().isEmpty()) {
                throw new IllegalStateException("the re-import should plan nothing: " + preview[0].plan().entries().size());
            }
            measure("re-import plain, no change: apply", () -> transfer.apply(preview[0], ProgressListener.none()));
        }
        try (Signalbox store = Signalbox.open(work.resolve("store-encrypted"))) {
            ConfigTransfer transfer = store.transfer();
            measure("import encrypted into empty store: prepare + apply", () -> transfer.apply(transfer.prepare(encrypted,
                    new ImportOptions(false, Optional.of(PASSPHRASE)), ProgressListener.none()), ProgressListener.none()));
        }
        return Map.of("omitted", Files.size(omitted), "plain", Files.size(plain), "encrypted", Files.size(encrypted));
    }

    private void measure(String phase, Supplier<?> work) {
        System.gc();
        long baseline = usedHeap();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        work.get();
        double millis = (System.nanoTime() - start) / 1e6;
        double cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
        long peak = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        figures.computeIfAbsent(phase, p -> new ArrayList<>()).add(new double[] {millis, peak / 1048576.0,
                baseline / 1048576.0, cpuMillis});
    }

    private static long usedHeap() {
        return HEAP.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private void print(Map<String, Long> sizes) {
        System.out.printf(Locale.ROOT, "%n%-58s %10s %12s %20s%n", "phase", "wall", "thread CPU", "max peak heap");
        figures.forEach((phase, rounds) -> System.out.printf(Locale.ROOT,
                "%-58s %7.0f ms %9.0f ms %9.0f MB (%.0f MB before)%n",
                phase, time(phase), median(rounds, 3), rounds.stream().mapToDouble(f -> f[1]).max().orElse(0),
                rounds.stream().mapToDouble(f -> f[2]).max().orElse(0)));
        ratios("wall", 0);
        ratios("thread CPU", 3);
        System.out.printf(Locale.ROOT, "%nLoad average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "Document sizes: omitted %.1f MB, plain %.1f MB, encrypted %.1f MB%n",
                sizes.get("omitted") / 1048576.0, sizes.get("plain") / 1048576.0, sizes.get("encrypted") / 1048576.0);
    }

    private void ratios(String label, int column) {
        double plain = time("export, secrets plain", column);
        double firstImport = time("import into empty store: prepare (parse, validate, plan)", column)
                + time("import into empty store: apply (one transaction)", column);
        double reImport = time("re-import plain, no change: prepare", column)
                + time("re-import plain, no change: apply", column);
        System.out.printf(Locale.ROOT, "Ratios (%s): encrypted/plain export %.2f, omitted/plain export %.2f, "
                        + "import into empty store/plain export %.2f, no-change re-import/first import %.2f%n", label,
                time("export, secrets encrypted", column) / plain, time("export, secrets omitted", column) / plain,
                firstImport / plain, reImport / firstImport);
    }

    private double time(String phase, int column) {
        return median(figures.get(phase), column);
    }

    /** The median wall time of a phase over the rounds. */
    private double time(String phase) {
        return median(figures.get(phase), 0);
    }

    private static double median(List<double[]> rounds, int column) {
        double[] values = rounds.stream().mapToDouble(f -> f[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /** A plain document of {@code botCount} bots, each with {@code urlsPerBot} URLs cycling through every auth kind. */
    private static void writeSeedDocument(Path file, int botCount, int urlsPerBot) throws IOException {
        List<Bot> bots = new ArrayList<>(botCount);
        Map<UUID, List<NotificationUrl>> urls = new HashMap<>();
        int n = 0;
        for (int b = 0; b < botCount; b++) {
            Bot bot = new Bot(UUID.randomUUID(), String.format(Locale.ROOT, "Bot %05d ñandú", b), "bot-" + b,
                    b % 10 == 0 ? "Campaña " + b : "");
            bots.add(bot);
            List<NotificationUrl> own = new ArrayList<>();
            for (int u = 0; u < urlsPerBot; u++, n++) {
                own.add(new NotificationUrl(UUID.randomUUID(), bot.id(),
                        "https://hooks" + (n % 50) + ".example.com/bot/" + b + "/" + u, subscription(n), auth(n),
                        n % 7 != 0, n % 3 == 0 ? "CRM" : "", n % 4 == 0 ? Map.of("X-Tenant", "t" + b) : Map.of(),
                        5 + n % 50));
            }
            urls.put(bot.id(), own);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            DocumentWriter.write(out, DocumentSecrets.PLAIN, null, Instant.now(), bots, urls::get, TransferProgress.none());
        } catch (io.signalbox.transfer.PassphraseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Subscription subscription(int n) {
        return switch (n % 5) {
            case 0 -> Subscription.all();
            case 1 -> Subscription.of(SubscriptionEvent.READ);
            case 2 -> Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED);
            case 3 -> Subscription.of(SubscriptionEvent.REPLY);
            default -> Subscription.of(SubscriptionEvent.READ, SubscriptionEvent.FAILED, SubscriptionEvent.REPLY);
        };
    }

    private static Auth auth(int n) {
        return switch (n % 6) {
            case 0 -> Auth.none();
            case 1 -> new Auth.Basic("user" + n, Secret.of("pw-" + n));
            case 2 -> new Auth.Bearer(Secret.of("token-" + n));
            case 3 -> new Auth.ApiKey("X-API-Key", Secret.of("key-" + n));
            case 4 -> new Auth.Signature(Secret.of(SigningSecret.generate()));
            default -> new Auth.OAuth2Client("https://auth.example.com/token", "client-" + n, Secret.of("cs-" + n),
                    n % 2 == 0 ? "events:write" : null);
        };
    }
}
