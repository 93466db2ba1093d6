package tally.server.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import tally.server.openapi.TestSignIn;

/**
 * Orders from {@code place-order} to {@code ALLOCATED}, against the shipped jar started as a
 * child process ({@code java -jar tally.jar server}, the AOT cache beside it), the load made in
 * this JVM: the p50/p99 of that wait at a steady rate (100 orders a second), and how many orders a
 * second are placed and allocated with 64 clients each placing its next order as soon as the
 * last reads ALLOCATED. Each order has three lines of one unit of different products, which hold so
 * much stock that every order is allocated in full.
 *
 * <p>"Allocated" is the moment the live stream's {@code order} message first says ALLOCATED
 * ({@link OrderWatcher}): the command, the allocation's reservations and decision, the orders
 * read model's commit and the stream's send all lie inside it. Throughput counts those messages
 * per second, not the accepted commands. Each figure is printed with its target, the load
 * average and the server's CPU per order (both JVMs of the jar), the steadier figure on a shared
 * machine.
 *
 * <p>Run: {@code ./mvnw -B -ntp -q -pl app-server -am -DskipTests package
 * exec:java@order-benchmark}. Argument: the jar (default app-server/target/tally.jar). System
 * properties: bench.seconds (20), bench.warmup (30), bench.rate (100), bench.clients (64),
 * bench.rounds (3), bench.products (100).
 */
public final class OrderBenchmark {
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 64);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int PRODUCTS = Integer.getInteger("bench.products", 100);
    /** The closed loop's first seconds, while 64 clients fill the pipes, are not counted. */
    private static final int RAMP = 3;
    private static final double P99_TARGET_MS = 50;
    private static final double RATE_TARGET = 2000;

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong orders = new AtomicLong();
    /** While set, how many more orders may be placed before one of those out reads ALLOCATED. */
    private volatile Semaphore window;
    private final ExecutorService pacers = Executors.newSingleThreadExecutor();
    private final Process server;
    private final String authorization;
    private final OrderWatcher watcher;
    private final CommandClients clients;

    private OrderBenchmark(Process server, int port, String authorization) throws Exception {
        this.server = server;
        this.authorization = authorization;
        URI uri = URI.create("http://127.0.0.1:" + port);
        this.watcher = new OrderWatcher(uri, authorization, sentAt, () -> {
            Semaphore w = window;
            if (w != null) {
                w.release();
            }
        });
        watcher.connected.await();
        this.clients = new CommandClients(port, this::nextOrder, failures, pacers);
    }

    public static void main(String[] args) throws Exception {
        Path jar = args.length > 0 ? Path.of(args[0]).toAbsolutePath()
                : StartupBenchmark.findJar();
        int port = freePort();
        Path data = Files.createTempDirectory("tally-order-bench");
        System.out.printf("order benchmark: %s, %d cores, load average %s, %d s per run after"
                + " %d s warm-up, %d rounds, %d products%n", jar,
                Runtime.getRuntime().availableProcessors(), StartupBenchmark.loadAverage(),
                SECONDS, WARMUP, ROUNDS, PRODUCTS);
        Process server = StartupBenchmark.start(jar, data, port);
        try {
            StartupBenchmark.waitForHealth(port, server);
            var bench = new OrderBenchmark(server, port,
                    TestSignIn.bearer(URI.create("http://127.0.0.1:" + port)));
            bench.seed(port);
            bench.warmUp();
            for (int round = 1; round <= ROUNDS; round++) {
                bench.paced(round);
                bench.closedLoop(round);
            }
            System.out.printf("load average at the end %s%s%n", StartupBenchmark.loadAverage(),
                    bench.failures.get() == 0 ? "" : "; answers not 200: " + bench.failures);
            bench.watcher.close();
            bench.pacers.shutdownNow();
        } finally {
            StartupBenchmark.stop(server);
            deleteQuietly(data);
        }
        System.exit(0);
    }

    /** A place-order of three lines, one unit each of three different products. */
    private byte[] nextOrder() {
        Semaphore w = window;
        if (w != null) {
            w.acquireUninterruptibly();
        }
        int first = ThreadLocalRandom.current().nextInt(PRODUCTS);
        String id = "BO-" + orders.incrementAndGet();
        var json = new StringBuilder("{\"orderId\":\"").append(id).append("\",\"lines\":[");
        for (int i = 0; i < 3; i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"B-")
                    .append((first + i * PRODUCTS / 3) % PRODUCTS).append("\",\"quantity\":1}");
        }
        sentAt.put(id, System.nanoTime());
        return CommandClients.request("place-order", json.append("]}").toString(), authorization);
    }

    private void seed(int port) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            for (int p = 0; p < PRODUCTS; p++) {
                CommandBenchmark.send(socket.getOutputStream(), socket.getInputStream(),
                        CommandClients.request("register-product", "{\"sku\":\"B-" + p
                                + "\",\"name\":\"B\"}", authorization));
                CommandBenchmark.send(socket.getOutputStream(), socket.getInputStream(),
                        CommandClients.request("receive-stock", "{\"sku\":\"B-" + p
                                + "\",\"location\":\"A-01\",\"quantity\":1000000}",
                                authorization));
            }
        }
    }

    /** Until the JIT has compiled the server's paths: the closed loop, without counting. */
    private void warmUp() throws Exception {
        window = new Semaphore(CLIENTS);
        clients.closedLoop(CLIENTS, TimeUnit.SECONDS.toNanos(WARMUP));
        window = null;
        drain();
        watcher.take();
        System.out.printf("warm-up: %d s at %d clients, %d orders%n", WARMUP, CLIENTS,
                orders.get());
    }

    /** RATE orders a second for SECONDS: the wait from sending each to its ALLOCATED. */
    private void paced(int round) throws Exception {
        long cpu = StartupBenchmark.cpuMillis(server);
        clients.paced(16, RATE, TimeUnit.SECONDS.toNanos(SECONDS));
        String left = drain();
        var waits = new Histogram(3);
        for (var a : watcher.take()) {
            waits.recordValue(Math.max(0, a.arrivedAt() - a.sentAt()) / 1000);
        }
        long n = waits.getTotalCount();
        double p99 = waits.getValueAtPercentile(99) / 1000.0;
        System.out.printf("round %d, paced %d/s: placed to ALLOCATED p50 %.1f ms, p99 %.1f ms"
                + " (target < %.0f ms: %s), max %.1f ms; %d orders%s; server CPU %.2f ms/order;"
                + " load %s%n", round, RATE, waits.getValueAtPercentile(50) / 1000.0, p99,
                P99_TARGET_MS, p99 < P99_TARGET_MS ? "met" : "NOT met",
                waits.getMaxValue() / 1000.0, n, left, cpuPerOrder(cpu, n),
                StartupBenchmark.loadAverage());
    }

    /**
     * CLIENTS clients, each placing its next order once its last reads ALLOCATED: orders
     * ALLOCATED per second. Sustained by construction (at most CLIENTS orders are ever out), so a
     * slow allocation shows as a low rate here, never as a backlog that outlives the run; placing
     * as fast as commands are accepted would measure the commands (6,000 a second) and leave
     * the allocation minutes behind.
     */
    private void closedLoop(int round) throws Exception {
        long start = System.nanoTime();
        long from = start + TimeUnit.SECONDS.toNanos(RAMP);
        long to = from + TimeUnit.SECONDS.toNanos(SECONDS);
        long[] cpu = new long[2];
        var metered = pacers.submit(() -> {
            sleepUntil(from);
            cpu[0] = cpuNow();
            sleepUntil(to);
            cpu[1] = cpuNow();
        });
        window = new Semaphore(CLIENTS);
        long placed = clients.closedLoop(CLIENTS, to - start).getTotalCount();
        window = null;
        metered.get();
        double placedPerSecond = placed / ((System.nanoTime() - start) / 1e9);
        long stopped = System.nanoTime();
        String left = drain();
        long drained = System.nanoTime() - stopped;
        List<OrderWatcher.Allocated> all = watcher.take();
        long[] perSecond = new long[SECONDS];
        long inWindow = 0;
        var waits = new Histogram(3);
        for (var a : all) {
            if (a.arrivedAt() >= from && a.arrivedAt() < to) {
                perSecond[(int) ((a.arrivedAt() - from) / 1_000_000_000L)]++;
                inWindow++;
                waits.recordValue(Math.max(0, a.arrivedAt() - a.sentAt()) / 1000);
            }
        }
        double rate = inWindow / (double) SECONDS;
        long slowest = Arrays.stream(perSecond).min().orElse(0);
        long fastest = Arrays.stream(perSecond).max().orElse(0);
        System.out.printf("round %d, %d clients: %.0f orders/s placed and ALLOCATED (target"
                + " >= %.0f: %s), each second %d-%d; placed to ALLOCATED p50 %.1f ms, p99 %.1f"
                + " ms; %.0f/s accepted; the last cleared in %d ms%s; server CPU %.2f ms/order;"
                + " load %s%n", round, CLIENTS, rate, RATE_TARGET,
                rate >= RATE_TARGET ? "met" : "NOT met", slowest, fastest,
                waits.getValueAtPercentile(50) / 1000.0, waits.getValueAtPercentile(99) / 1000.0,
                placedPerSecond, TimeUnit.NANOSECONDS.toMillis(drained), left,
                (cpu[1] - cpu[0]) / Math.max(1.0, inWindow), StartupBenchmark.loadAverage());
    }

    /** Waits until every order sent has read ALLOCATED (a minute at most); says what was not. */
    private String drain() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!sentAt.isEmpty() && System.nanoTime() < deadline && !watcher.closed) {
            Thread.sleep(5);
        }
        String stream = watcher.closed ? "; THE LIVE STREAM CLOSED (resets: " + watcher.resets
                + ")" : "";
        return sentAt.isEmpty() ? stream : "; " + sentAt.size() + " NEVER READ ALLOCATED" + stream;
    }

    private double cpuPerOrder(long cpuBefore, long n) throws IOException {
        return (StartupBenchmark.cpuMillis(server) - cpuBefore) / Math.max(1.0, n);
    }

    private long cpuNow() {
        try {
            return StartupBenchmark.cpuMillis(server);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
