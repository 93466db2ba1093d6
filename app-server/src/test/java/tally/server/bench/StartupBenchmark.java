package tally.server.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.H2EventStore;

/**
 * Time from {@code java -jar tally.jar server} to the first 200 on /health, with an empty log
 * and with 1,000,000 events, and the idle resident memory. Runs the real jar in child processes;
 * build it first (the README's command does). Arguments: [events] [runs], default 1000000 5.
 */
public final class StartupBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(200)).build();

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path jar = findJar();
        System.out.printf("startup benchmark: %s, %d cores, java %s%n", jar,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path empty = Files.createTempDirectory("tally-startup-empty");
        report("empty log", jar, empty, runs, true);
        Path full = Files.createTempDirectory("tally-startup-full");
        fill(full, events);
        catchUp(jar, full);
        report(String.format("%,d events", events), jar, full, runs, false);
    }

    private static void report(String label, Path jar, Path data, int runs, boolean rss)
            throws Exception {
        long[] millis = new long[runs];
        long rssKib = 0;
        for (int i = 0; i < runs; i++) {
            int port = 18_000 + i;
            long start = System.nanoTime();
            Process p = start(jar, data, port);
            waitForHealth(port, p);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (rss && i == runs - 1) {
                Thread.sleep(5000);
                rssKib = residentKib(p.pid());
            }
            stop(p);
        }
        Arrays.sort(millis);
        System.out.printf("%-16s first 200 on /health: median %d ms, min %d ms, max %d ms (%d runs)%n",
                label, millis[runs / 2], millis[0], millis[runs - 1], runs);
        if (rss) {
            System.out.printf("%-16s idle resident memory after 5 s: %d MiB%n", label,
                    rssKib / 1024);
        }
    }

    /** Appends the events straight into the log, as a year of a busy warehouse would. */
    private static void fill(Path data, int events) {
        long start = System.nanoTime();
        try (var store = H2EventStore.open(EventStoreOptions.in(data).withCompactOnClose(true))) {
            int products = 1000;
            var pending = new ArrayList<CompletableFuture<AppendResult>>();
            for (int p = 0; p < products; p++) {
                String sku = "SKU-" + p;
                pending.add(store.append(AppendRequest.of(StoredEvent.streamOf(sku),
                        ExpectedVersion.ANY, null, new ProductRegistered(sku, "Product " + p, 10))));
            }
            int perBatch = 500;
            for (int done = products; done < events; done += perBatch) {
                String sku = "SKU-" + (done / perBatch) % products;
                var batch = new ArrayList<tally.events.InventoryEvent>(perBatch);
                for (int i = 0; i < Math.min(perBatch, events - done); i++) {
                    batch.add(new StockReceived(sku, "A-" + (i % 40), 1, null));
                }
                pending.add(store.append(new AppendRequest(StoredEvent.streamOf(sku),
                        ExpectedVersion.ANY, null, null, batch)));
                if (pending.size() > 50) {
                    pending.forEach(CompletableFuture::join);
                    pending.clear();
                }
            }
            pending.forEach(CompletableFuture::join);
            System.out.printf("filled the log with %,d events in %d s%n", store.headPosition(),
                    (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    /** One start that lets the read models catch up, so the timed starts are restarts. */
    private static void catchUp(Path jar, Path data) throws Exception {
        Process p = start(jar, data, 17_999);
        waitForHealth(17_999, p);
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            String body = get(17_999, "/api/projections");
            if (body != null && !body.matches("(?s).*\"lag\":[1-9].*")) {
                break;
            }
            Thread.sleep(1000);
        }
        stop(p);
    }

    private static Process start(Path jar, Path data, int port) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "server", "--port", String.valueOf(port),
                "--data", data.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForHealth(int port, Process p) throws InterruptedException {
        while (p.isAlive()) {
            String body = get(port, "/health");
            if (body != null && body.contains("UP")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("server exited with " + p.exitValue());
    }

    private static String get(int port, String path) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        p.waitFor();
    }

    private static long residentKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static Path findJar() {
        for (Path p : List.of(Path.of("app-server/target/tally.jar"),
                Path.of("target/tally.jar"))) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("build tally.jar first: ./mvnw -q package -DskipTests");
    }
}
