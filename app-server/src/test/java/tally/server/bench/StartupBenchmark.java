package tally.server.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToLongFunction;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.H2EventStore;
import tally.server.openapi.TestSignIn;

/**
 * Time from {@code java -jar tally.jar server} to the first 200 on /health, with an empty log
 * and with 1,000,000 events, and the idle resident memory. Runs the real jar in child processes,
 * as the README does: with its AOT cache beside it, that is the launcher JVM and the server JVM
 * it starts, and every figure counts both. Build it first (the README's command does).
 * Arguments: [events] [runs] [folder], default 1000000 5; a folder filled by an earlier run (its
 * path is printed) is started as it is, without filling it again.
 */
public final class StartupBenchmark {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofMillis(200)).build();

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path jar = findJar();
        System.out.printf("startup benchmark: %s, %d cores, java %s, AOT cache %s, load average"
                + " %s%n", jar, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Files.isRegularFile(cacheOf(jar)) ? cacheOf(jar).getFileName() : "none",
                loadAverage());
        Path empty = Files.createTempDirectory("tally-startup-empty");
        report("empty log", jar, empty, runs, true);
        Path full;
        if (args.length > 2) {
            full = Path.of(args[2]);
        } else {
            full = Files.createTempDirectory("tally-startup-full");
            fill(full, events);
            catchUp(jar, full);
            System.out.printf("filled folder, for [folder] next time: %s%n", full);
        }
        report(String.format("%,d events", events), jar, full, runs, false);
        System.out.printf("load average at the end: %s%n", loadAverage());
    }

    private static void report(String label, Path jar, Path data, int runs, boolean memory)
            throws Exception {
        long[] millis = new long[runs];
        long[] cpu = new long[runs];
        var parts = new ArrayList<StartCpu>();
        String idle = "";
        for (int i = 0; i < runs; i++) {
            int port = 18_000 + i;
            long start = System.nanoTime();
            Process p = start(jar, data, port);
            waitForHealth(port, p);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = cpuMillis(p);
            parts.add(StartCpu.of(p.toHandle()));
            if (memory && i == runs - 1) {
                Thread.sleep(5000);
                idle = memory(p);
            }
            stop(p);
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        System.out.printf("%-16s first 200 on /health: median %d ms, min %d ms, max %d ms"
                + " (%d runs); CPU to get there: median %d ms%n", label, millis[runs / 2],
                millis[0], millis[runs - 1], runs, cpu[runs / 2]);
        System.out.printf("%-16s CPU by part, medians: launcher %d ms; server JVM %d ms, of it"
                + " the main thread %d ms, the JIT compilers %d ms, the GC %d ms%n", label,
                median(parts, StartCpu::launcher), median(parts, StartCpu::server),
                median(parts, StartCpu::main), median(parts, StartCpu::compilers),
                median(parts, StartCpu::gc));
        if (memory) {
            System.out.printf("%-16s idle memory after 5 s: %s%n", label, idle);
        }
    }

    private static long median(List<StartCpu> parts, ToLongFunction<StartCpu> part) {
        long[] each = parts.stream().mapToLong(part).sorted().toArray();
        return each[each.length / 2];
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
                        ExpectedVersion.ANY, null,
                        new ProductRegistered(sku, "Product " + p, 10))));
            }
            int perBatch = 500;
            for (int done = products; done < events; done += perBatch) {
                String sku = "SKU-" + (done / perBatch) % products;
                var batch = new ArrayList<tally.events.InventoryEvent>(perBatch);
                for (int i = 0; i < Math.min(perBatch, events - done); i++) {
                    batch.add(new StockReceived(sku, "A-" + (i % 40), 1, null));
                }
                pending.add(store.append(new AppendRequest(StoredEvent.streamOf(sku),
                        ExpectedVersion.ANY, null, null, null, List.copyOf(batch))));
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
        String bearer = TestSignIn.bearer(URI.create("http://127.0.0.1:17999"));
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            String body = get(17_999, "/api/projections", bearer);
            if (body != null && !body.matches("(?s).*\"lag\":[1-9].*")) {
                break;
            }
            Thread.sleep(1000);
        }
        stop(p);
    }

    static Process start(Path jar, Path data, int port) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "server", "--port", String.valueOf(port),
                "--data", data.toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Asks every 10 ms, over a plain socket: java.net.http's client costs CPU of its own (a
     * selector thread, futures, its code compiled by this JVM) and took it from the starting
     * server on these two cores.
     */
    static void waitForHealth(int port, Process p) throws InterruptedException {
        while (p.isAlive()) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(),
                        StandardCharsets.US_ASCII);
                if (answer.startsWith("HTTP/1.1 200") && answer.contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("server exited with " + p.exitValue());
    }

    private static String get(int port, String path, String bearer) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", bearer).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        p.waitFor();
    }

    /** The server and, when it runs in a child JVM, its launcher. */
    private static List<ProcessHandle> tree(Process p) {
        var all = new ArrayList<ProcessHandle>();
        all.add(p.toHandle());
        p.descendants().forEach(all::add);
        return all;
    }

    /** User and system CPU so far of the whole tree, from /proc (clock ticks of 10 ms). */
    static long cpuMillis(Process p) throws IOException {
        long ticks = 0;
        for (ProcessHandle h : tree(p)) {
            String stat = Files.readString(Path.of("/proc/" + h.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks * 10;
    }

    /**
     * Resident memory of each process, and their sum; and the proportional set size (PSS),
     * which counts a page the two JVMs share (the JVM's library, the JDK's archive) once.
     */
    private static String memory(Process p) throws IOException {
        long rss = 0;
        long pss = 0;
        var each = new ArrayList<String>();
        for (ProcessHandle h : tree(p)) {
            long r = kib(Path.of("/proc/" + h.pid() + "/status"), "VmRSS:");
            rss += r;
            pss += kib(Path.of("/proc/" + h.pid() + "/smaps_rollup"), "Pss:");
            each.add((r / 1024) + " MiB");
        }
        return String.format("resident %d MiB (%s), proportional %d MiB", rss / 1024,
                String.join(" + ", each), pss / 1024);
    }

    private static long kib(Path file, String key) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static Path cacheOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - 4) + ".aot");
    }

    static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }

    static Path findJar() {
        for (Path p : List.of(Path.of("app-server/target/tally.jar"),
                Path.of("target/tally.jar"))) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath();
            }
        }
        throw new IllegalStateException("build tally.jar first: ./mvnw -q package -DskipTests");
    }
}
