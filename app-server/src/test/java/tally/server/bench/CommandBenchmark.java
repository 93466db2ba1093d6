package tally.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import tally.server.openapi.TestSignIn;

/**
 * Commands per second and latency over HTTP on loopback, against the real server in this process:
 * 1, 16 and 64 connections each sending its next command as soon as the last is answered, then an
 * open-loop run at a fixed rate whose latency counts from when each command was due, so a stall
 * is not hidden. Each run follows a warm-up; the first, longer one lets the JIT compile the
 * server. Once with the default durability, once with fsync. Each run also prints the CPU spent
 * per command: the server's (by part), the benchmark clients' and the JVM's own (GC, JIT), which
 * a machine shared with other work distorts less than commands per second.
 *
 * <p>The clients are one thread driving every connection over a selector, with the requests made
 * up front (see {@link CommandClients}): on two cores shared with the server, a general client
 * (java.net.http, then a thread per socket, measured here) spent a large share of the CPU, and
 * the figures measured the client.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl app-server -am test-compile exec:java@command-benchmark}.
 * System properties: bench.seconds (5), bench.warmup (3), bench.rate (1000; 0 for no paced run),
 * bench.clients ("1,16,64"; "" for none), bench.durability ("default,fsync"), bench.products
 * (100). The clients are signed in, as every caller now is: each request carries a bearer
 * token that the server checks (docs/benchmarks.md, "Signing in").
 */
public final class CommandBenchmark {
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int PRODUCTS = Integer.getInteger("bench.products", 100);
    private static final int PACED_CONNECTIONS = 64;

    private final int port;
    private final AtomicLong failures = new AtomicLong();
    private final ExecutorService threads = Executors.newFixedThreadPool(2, named());
    private final CommandClients clients;
    private final String authorization;

    private CommandBenchmark(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
        this.clients = new CommandClients(port, PRODUCTS, failures, threads, authorization);
    }

    public static void main(String[] args) throws Exception {
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("command benchmark: %d cores, load average %.1f at start, %ds per run"
                + " after %ds warm-up, %d products%n", os.getAvailableProcessors(),
                os.getSystemLoadAverage(), SECONDS, WARMUP, PRODUCTS);
        for (String durability : System.getProperty("bench.durability", "default,fsync")
                .split(",")) {
            Path data = Files.createTempDirectory("tally-bench");
            try (ApplicationContext context = ApplicationContext.builder()
                    .properties(Map.of("micronaut.server.port", -1, "tally.data", data.toString(),
                            "tally.durability", durability))
                    .start()) {
                EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
                var benchmark = new CommandBenchmark(server.getPort(),
                        TestSignIn.bearer(server.getURI()));
                try {
                    benchmark.runAll(durability);
                } finally {
                    benchmark.threads.shutdownNow();
                }
            } finally {
                deleteQuietly(data);
            }
        }
        System.exit(0);
    }

    private void runAll(String durability) throws Exception {
        seed();
        warmUp();
        for (String n : System.getProperty("bench.clients", "1,16,64").split(",")) {
            if (n.isBlank()) {
                continue;
            }
            int connections = Integer.parseInt(n.trim());
            closedLoop(connections, WARMUP);
            var before = CpuMeter.start();
            var r = closedLoop(connections, SECONDS);
            print(durability + " " + connections + " clients", r, CpuMeter.read().perCommand(
                    before, r.histogram().getTotalCount()));
        }
        if (RATE > 0) {
            paced(RATE, WARMUP);
            var before = CpuMeter.start();
            var r = paced(RATE, SECONDS);
            print(durability + " paced " + RATE + "/s", r, CpuMeter.read().perCommand(before,
                    r.histogram().getTotalCount()));
        }
        System.out.printf("%-22s load average %.1f%s%n", "",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                failures.get() == 0 ? "" : ", not 200: " + failures.get());
    }

    /**
     * Until the JIT has compiled the server: 16 clients for at least three warm-ups, then on
     * while the compilers still worked more than a twentieth of the last one (on two cores
     * shared with other work that took a minute and more; a run measured before that counted
     * interpreted code and the compilers' own CPU).
     */
    private void warmUp() throws Exception {
        long start = System.nanoTime();
        long jit = CpuMeter.jitMillis();
        closedLoop(16, 3 * WARMUP);
        long lastJit;
        do {
            lastJit = CpuMeter.jitMillis();
            closedLoop(16, WARMUP);
        } while (CpuMeter.jitMillis() - lastJit > 50L * WARMUP
                && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3));
        System.out.printf("warm-up: %d s, JIT %d ms (%d ms in the last %d s)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
                CpuMeter.jitMillis() - jit, CpuMeter.jitMillis() - lastJit, WARMUP);
    }

    private Result closedLoop(int connections, int seconds) throws Exception {
        var from = LocalTime.now();
        long start = System.nanoTime();
        var h = threads.submit(() -> clients.closedLoop(connections,
                TimeUnit.SECONDS.toNanos(seconds))).get();
        return new Result(h, (System.nanoTime() - start) / 1e9, from, LocalTime.now());
    }

    private Result paced(int rate, int seconds) throws Exception {
        var from = LocalTime.now();
        long start = System.nanoTime();
        var h = threads.submit(() -> clients.paced(PACED_CONNECTIONS, rate,
                TimeUnit.SECONDS.toNanos(seconds))).get();
        return new Result(h, (System.nanoTime() - start) / 1e9, from, LocalTime.now());
    }

    private static void print(String label, Result r, String cpu) {
        long n = r.histogram().getTotalCount();
        System.out.printf("%-22s %7.0f commands/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms"
                + "  (%d commands, %s-%s)%n", label, n / r.seconds(), r.millis(50), r.millis(99),
                r.histogram().getMaxValue() / 1000.0, n, r.from().withNano(0), r.to().withNano(0));
        System.out.println(cpu);
    }

    /** The answers' latencies, and the run's length and wall-clock span (to match a profile). */
    record Result(Histogram histogram, double seconds, LocalTime from, LocalTime to) {
        double millis(double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Registers the products and stocks each so deeply that no pick is refused. */
    private void seed() throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            for (int p = 0; p < PRODUCTS; p++) {
                send(out, in, CommandClients.request("register-product", "{\"sku\":\"B-" + p
                        + "\",\"name\":\"B\"}", authorization));
                send(out, in, CommandClients.request("receive-stock", "{\"sku\":\"B-" + p
                        + "\",\"location\":\"A1\",\"quantity\":1000000}", authorization));
            }
        }
    }

    /** One command on a blocking socket; the answer is read to its end and must be a 200. */
    static void send(OutputStream out, InputStream in, byte[] request)
            throws IOException {
        out.write(request);
        out.flush();
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            head.append((char) b);
        }
        String lower = head.toString().toLowerCase();
        int at = lower.indexOf("content-length:") + 15;
        int length = Integer.parseInt(lower.substring(at, lower.indexOf('\r', at)).trim());
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        if (!lower.startsWith("http/1.1 200")) {
            throw new IOException("seeding failed: " + head + body);
        }
    }

    private static java.util.concurrent.ThreadFactory named() {
        var count = new AtomicInteger();
        return r -> new Thread(r, "bench-client-" + count.incrementAndGet());
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
