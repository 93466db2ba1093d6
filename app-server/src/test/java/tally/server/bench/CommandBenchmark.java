package tally.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Commands per second and latency over HTTP on loopback, against the real server in this process:
 * 1, 16 and 64 clients each sending its next command as soon as the last is answered, then an
 * open-loop run at a fixed rate whose latency counts from when each command was due, so a stall
 * is not hidden. Each run follows a warm-up; the first, longer one lets the JIT compile the server. Once with the default durability, once with fsync. Also prints the CPU the server
 * spent per command, which a machine shared with other work distorts less than commands/s.
 *
 * <p>The clients speak HTTP/1.1 over plain sockets, one keep-alive connection each: on two cores
 * shared with the server, a general client (java.net.http measured here) spent more CPU per
 * request than the server did, and the figures measured the client.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl app-server -am test-compile exec:java@command-benchmark}.
 * System properties: bench.seconds (5), bench.warmup (3), bench.rate (1000), bench.clients
 * ("1,16,64"), bench.durability ("default,fsync"), bench.products (100).
 */
public final class CommandBenchmark {
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int PRODUCTS = Integer.getInteger("bench.products", 100);
    private static final int PACED_CONNECTIONS = 64;

    private final int port;
    private final AtomicLong failures = new AtomicLong();

    private CommandBenchmark(int port) {
        this.port = port;
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
                new CommandBenchmark(server.getPort()).runAll(durability);
            } finally {
                deleteQuietly(data);
            }
        }
        System.exit(0);
    }

    private void runAll(String durability) throws Exception {
        seed();
        closedLoop(16, 3 * WARMUP); // so the JIT has compiled the server before anything counts
        for (String n : System.getProperty("bench.clients", "1,16,64").split(",")) {
            int clients = Integer.parseInt(n.trim());
            closedLoop(clients, WARMUP);
            long cpu = ServerCpu.nanos();
            var r = closedLoop(clients, SECONDS);
            print(durability + " " + clients + " clients", r, ServerCpu.nanos() - cpu);
        }
        paced(RATE, WARMUP);
        long cpu = ServerCpu.nanos();
        var r = paced(RATE, SECONDS);
        print(durability + " paced " + RATE + "/s", r, ServerCpu.nanos() - cpu);
        System.out.printf("%-22s load average %.1f%n", "",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(failures.get() == 0 ? "" : "  not 200: " + failures.get());
    }

    private static void print(String label, Result r, long serverCpuNanos) {
        long n = r.histogram().getTotalCount();
        System.out.printf("%-22s %7.0f commands/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms"
                + "  server CPU %4d us/command  (%d commands)%n", label, n / r.seconds(),
                r.millis(50), r.millis(99), r.histogram().getMaxValue() / 1000.0,
                n == 0 ? 0 : serverCpuNanos / n / 1000, n);
    }

    record Result(Histogram histogram, double seconds) {
        double millis(double percentile) {
            return histogram.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Registers the products and stocks each so deeply that no pick is refused. */
    private void seed() throws IOException {
        try (var c = new Connection(port)) {
            for (int p = 0; p < PRODUCTS; p++) {
                check(c.post("register-product", "{\"sku\":\"B-" + p + "\",\"name\":\"B\"}"), c);
                check(c.post("receive-stock", "{\"sku\":\"B-" + p
                        + "\",\"location\":\"A1\",\"quantity\":1000000}"), c);
            }
        }
    }

    private Result closedLoop(int clients, int seconds) throws InterruptedException {
        var recorder = new Recorder(3);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var threads = new ArrayList<Thread>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            threads.add(client("bench-client-" + i, c -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    send(c);
                    recorder.recordValue((System.nanoTime() - sent) / 1000);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(recorder.getIntervalHistogram(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * One command due every 1/rate seconds, whatever the answers do. Connections take due times
     * from a queue; a command waiting for a free connection is late, and that counts.
     */
    private Result paced(int rate, int seconds) throws InterruptedException {
        var recorder = new Recorder(3);
        BlockingQueue<Long> due = new ArrayBlockingQueue<>(rate * seconds + PACED_CONNECTIONS);
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < PACED_CONNECTIONS; i++) {
            threads.add(client("bench-paced-" + i, c -> {
                for (long at = due.take(); at >= 0; at = due.take()) {
                    send(c);
                    recorder.recordValue((System.nanoTime() - at) / 1000);
                }
            }));
        }
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long at = start + i * interval;
            LockSupport.parkNanos(at - System.nanoTime());
            due.add(at);
        }
        threads.forEach(t -> due.add(-1L));
        for (Thread t : threads) {
            t.join();
        }
        return new Result(recorder.getIntervalHistogram(), (System.nanoTime() - start) / 1e9);
    }

    interface Work {
        void run(Connection c) throws Exception;
    }

    private Thread client(String name, Work work) {
        var t = new Thread(() -> {
            try (var c = new Connection(port)) {
                work.run(c);
            } catch (Exception e) {
                failures.incrementAndGet();
                System.out.println("  " + name + " failed: " + e);
            }
        }, name);
        t.start();
        return t;
    }

    /** Receive, pick or move one unit of a random product: what a busy warehouse sends. */
    private void send(Connection c) throws IOException {
        var random = ThreadLocalRandom.current();
        String sku = "\"sku\":\"B-" + random.nextInt(PRODUCTS) + "\"";
        int kind = random.nextInt(10);
        if (kind < 4) {
            check(c.post("receive-stock", "{" + sku
                    + ",\"location\":\"A1\",\"quantity\":1,\"reference\":\"PO-1\"}"), c);
        } else if (kind < 8) {
            check(c.post("pick-stock", "{" + sku
                    + ",\"location\":\"A1\",\"quantity\":1,\"reference\":\"SO-1\"}"), c);
        } else {
            check(c.post("move-stock", "{" + sku + ",\"from\":\"A1\",\"to\":\"B"
                    + random.nextInt(5) + "\",\"quantity\":1}"), c);
        }
    }

    private void check(int status, Connection c) {
        if (status != 200 && failures.incrementAndGet() <= 5) {
            System.out.println("  unexpected " + status + ": " + c.lastBody);
        }
    }

    /** HTTP/1.1 on one keep-alive socket: enough for this server's answers, no more. */
    static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        String lastBody;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }

        int post(String command, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST /api/commands/" + command + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            String status = line();
            int length = 0;
            for (String h = line(); !h.isEmpty(); h = line()) {
                if (h.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(h.substring(15).trim());
                }
            }
            lastBody = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return Integer.parseInt(status.substring(9, 12));
        }

        private String line() throws IOException {
            var text = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new UncheckedIOException(new IOException("connection closed"));
                }
                if (b != '\r') {
                    text.append((char) b);
                }
            }
            return text.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * CPU time of the server's threads: everything but the benchmark's own. With
     * {@code -Dbench.threads=true} it also prints each kind of thread's share since last asked.
     */
    static final class ServerCpu {
        private static Map<String, Long> last = Map.of();

        static long nanos() {
            var threads = ManagementFactory.getThreadMXBean();
            var now = new java.util.TreeMap<String, Long>();
            for (var info : threads.dumpAllThreads(false, false)) {
                String name = info.getThreadName();
                if (!name.startsWith("bench-") && !name.startsWith("main")
                        && !name.startsWith("tally.server.bench")) {
                    now.merge(name.replaceAll("\\d+", "N"),
                            Math.max(0, threads.getThreadCpuTime(info.getThreadId())), Long::sum);
                }
            }
            if (Boolean.getBoolean("bench.threads")) {
                now.forEach((k, v) -> System.out.printf("    %-32s %6d ms%n", k,
                        (v - last.getOrDefault(k, 0L)) / 1_000_000));
                last = now;
            }
            return now.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
