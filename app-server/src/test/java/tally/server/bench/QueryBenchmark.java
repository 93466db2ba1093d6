package tally.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.server.openapi.TestSignIn;
import tally.server.queries.Traffic;

/**
 * The read side's figures, on an in-process server in a temporary folder:
 * projection lag (commit to read model) at 1,000 commands a second, rebuild speed over
 * 1,000,000 events, and live-stream delivery with 100 clients. Appends go straight to the event
 * store, one event each, so the figures are the read side's own (the command side has its own
 * benchmark). Sizes can be changed with -Dbench.events=, -Dbench.clients=, -Dbench.seconds=,
 * -Dbench.sse.rate=, -Dbench.warmup=; -Dbench.parts=lag,live,rebuild picks the parts.
 */
public final class QueryBenchmark {
    private static final List<String> READ_MODELS = List.of("stock", "locations", "activity");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The signed-in test user's token, sent with every call, the live stream's included. */
    private static String bearer;

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("tally-query-bench");
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tally.data", data.toString(), "micronaut.server.port", -1))
                .start();
        EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
        bearer = TestSignIn.bearer(server.getURI());
        EventStore store = context.getBean(EventStore.class);
        ReadModelSupervisor projections = context.getBean(ReadModelSupervisor.class);
        var traffic = new Traffic(1, 1000, 200);
        int seconds = Integer.getInteger("bench.seconds", 20);
        System.out.printf("Tally query benchmark, %d cores, data in %s%n",
                Runtime.getRuntime().availableProcessors(), data);

        String parts = System.getProperty("bench.parts", "lag,live,rebuild");
        // Warm up, so that the JIT compiler is done before anything is measured.
        paced(store, traffic, 1000, Integer.getInteger("bench.warmup", 10), (p, t) -> { });
        if (parts.contains("lag")) {
            lag(store, projections, traffic, seconds);
        }
        if (parts.contains("live")) {
            live(store, traffic, server.getURI(), Integer.getInteger("bench.clients", 100),
                    seconds);
        }
        if (parts.contains("rebuild")) {
            rebuild(store, traffic, server.getURI(), Integer.getInteger("bench.events", 1_000_000));
        }

        context.close();
        System.exit(0);
    }

    interface Answered {
        void at(long position, long nanos);
    }

    /** Appends one event per command at {@code rate} a second for {@code seconds}. */
    private static void paced(EventStore store, Traffic traffic, int rate, int seconds,
                              Answered answered) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        var last = new ArrayList<CompletableFuture<AppendResult>>();
        for (long i = 0; i < (long) rate * seconds; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            InventoryEvent e = traffic.next();
            CompletableFuture<AppendResult> f = store.append(AppendRequest.of(
                    StoredEvent.streamOf(e.sku()), ExpectedVersion.ANY, null, e));
            f.thenAccept(r -> answered.at(r.position(), System.nanoTime()));
            if (i % 1000 == 0) {
                last.removeIf(CompletableFuture::isDone);
            }
            last.add(f);
        }
        last.forEach(CompletableFuture::join);
    }

    private static void lag(EventStore store, ReadModelSupervisor projections, Traffic traffic,
                            int seconds) {
        var each = new ConcurrentHashMap<String, Recorder>();
        READ_MODELS.forEach(n -> each.put(n, new Recorder(3)));
        var all = new Recorder(3);
        var pending = ConcurrentHashMap.<CompletableFuture<?>>newKeySet();
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        paced(store, traffic, 1000, seconds, (position, answered) -> {
            var reached = new ArrayList<CompletableFuture<Long>>();
            for (String name : READ_MODELS) {
                CompletableFuture<Long> f = projections.whenReached(name, position, 30_000);
                f.thenRun(() -> each.get(name).recordValue(System.nanoTime() - answered));
                reached.add(f);
            }
            var both = CompletableFuture.allOf(reached.toArray(new CompletableFuture[0]))
                    .thenRun(() -> all.recordValue(System.nanoTime() - answered));
            pending.add(both);
            both.thenRun(() -> pending.remove(both));
        });
        pending.forEach(CompletableFuture::join);
        double cpuShare = (processCpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
        System.out.printf("projection lag, commit to read model, %d events at 1,000/s"
                + " (this process used %.2f cores meanwhile):%n", 1000 * seconds, cpuShare);
        for (String name : READ_MODELS) {
            print("  " + name, each.get(name).getIntervalHistogram());
        }
        print("  all three", all.getIntervalHistogram());
    }

    private static void live(EventStore store, Traffic traffic, URI server, int clients,
                             int seconds) throws InterruptedException {
        var answeredAt = new ConcurrentHashMap<Long, Long>();
        var latencies = new Recorder(3);
        var listeners = new ArrayList<SseListener>();
        for (int i = 0; i < clients; i++) {
            listeners.add(new SseListener(server, bearer, answeredAt, latencies));
        }
        for (SseListener l : listeners) {
            l.connected.await(30, TimeUnit.SECONDS);
        }
        int rate = Integer.getInteger("bench.sse.rate", 100);
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        paced(store, traffic, rate, seconds, answeredAt::put);
        double cpuShare = (processCpuNanos() - cpu0) / (double) (System.nanoTime() - wall0);
        Thread.sleep(2000);
        long expected = (long) rate * seconds * clients;
        long received = listeners.stream().mapToLong(l -> l.received).sum();
        listeners.forEach(SseListener::close);
        listeners.forEach(SseListener::record);
        System.out.printf("live stream, command answered to activity message received,"
                + " %d clients, %d commands/s: %d of %d messages (this process, clients"
                + " included, used %.2f cores meanwhile)%n", clients, rate, received, expected,
                cpuShare);
        print("  delivery", latencies.getIntervalHistogram());
    }

    private static void rebuild(EventStore store, Traffic traffic, URI server, int events)
            throws Exception {
        long t0 = System.nanoTime();
        long head = traffic.appendInBulk(store, events, 100);
        System.out.printf("appended %,d events in %.1f s; head %,d%n", events,
                (System.nanoTime() - t0) / 1e9, head);
        awaitCaughtUp(server, head);
        System.out.printf("rebuild over %,d events:%n", head);
        for (String name : System.getProperty("bench.rebuild", String.join(",", READ_MODELS))
                .split(",")) {
            timeRebuild(server, List.of(name), head);
        }
        timeRebuild(server, READ_MODELS, head);
    }

    private static void timeRebuild(URI server, List<String> names, long head) throws Exception {
        long t0 = System.nanoTime();
        for (String name : names) {
            post(server.resolve("/api/projections/" + name + "/rebuild"));
        }
        awaitCaughtUp(server, head);
        double secondsTaken = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %-26s %6.1f s  %,10.0f events/s per read model%n",
                String.join(" + ", names), secondsTaken, head / secondsTaken);
    }

    private static void awaitCaughtUp(URI server, long head) throws Exception {
        while (true) {
            String body = HTTP.send(HttpRequest.newBuilder(server.resolve("/api/projections"))
                    .header("Authorization", bearer).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            // Judge only the three timed read models: orders, bins and the allocation follow
            // the same log and would otherwise be counted among them.
            long caughtUp = READ_MODELS.stream().filter(name -> caughtUp(body, name, head))
                    .count();
            if (caughtUp == READ_MODELS.size()) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static boolean caughtUp(String projections, String name, long head) {
        Matcher item = Pattern.compile("\\{\"name\":\"" + name + "\"[^}]*}").matcher(projections);
        return item.find() && item.group().contains("\"position\":" + head + ",")
                && !item.group().contains("REBUILDING");
    }

    private static void post(URI uri) throws Exception {
        HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }

    private static void print(String what, Histogram h) {
        System.out.printf("%-14s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms   (n=%d)%n", what,
                h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getMaxValue() / 1e6, h.getTotalCount());
    }
}
