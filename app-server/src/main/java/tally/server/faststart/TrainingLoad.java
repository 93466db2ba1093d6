package tally.server.faststart;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Seconds of the load bench/speed.sh sends, for {@link AotCacheBuilder}'s training run: a
 * receive-stock of one unit of a random product into a random bin at many connections, then the
 * reads. Requests of each kind once ({@link TrainingTraffic}) load their classes, but the JVM's
 * method profiles (JEP 515) stored in the cache are then those of a server that has hardly run;
 * after seconds of load they are a warm server's, and the compilers of a new start can use them
 * at once instead of first gathering their own.
 */
final class TrainingLoad {
    static final int CONNECTIONS = 64;
    private static final int PRODUCTS = 200;
    private static final int BINS = 20;
    /** Of the time, this share is commands, the rest reads: the commands are what must be fast. */
    private static final double COMMAND_SHARE = 0.75;

    private final HttpClient http;
    private final URI server;
    private final String bearer;
    private final AtomicLong sent = new AtomicLong();

    TrainingLoad(HttpClient http, URI server, String bearer) {
        this.http = http;
        this.server = server;
        this.bearer = bearer;
    }

    /** Sends the load for about {@code duration}; any answer but 200 ends the build. */
    long run(Duration duration) throws IOException, InterruptedException {
        if (duration.isZero()) {
            return 0;
        }
        for (int p = 1; p <= PRODUCTS; p++) {
            send(command("register-product", ("{\"sku\":\"%s\",\"name\":\"Training %d\","
                    + "\"reorderPoint\":5}").formatted(sku(p), p)));
            send(command("receive-stock", "{\"sku\":\"%s\",\"location\":\"%s\",\"quantity\":100}"
                    .formatted(sku(p), bin(p % BINS + 1))));
        }
        send(command("place-order", "{\"orderId\":\"TRAINING-ORDER\",\"customer\":\"Training\","
                + "\"lines\":[{\"sku\":\"" + sku(1) + "\",\"quantity\":1}]}"));
        long commandsFor = (long) (duration.toMillis() * COMMAND_SHARE);
        everyConnection(commandsFor, n -> command("receive-stock", ("{\"sku\":\"%s\","
                + "\"location\":\"%s\",\"quantity\":1,\"commandId\":\"training-load-%d\"}")
                .formatted(sku(random(PRODUCTS)), bin(random(BINS)), n)));
        List<String> reads = List.of("/api/stock/" + sku(1), "/api/locations/" + bin(1),
                "/api/orders/TRAINING-ORDER", "/api/stock", "/api/stock/" + sku(2)
                + "?minPosition=1", "/health", "/api/projections");
        everyConnection(duration.toMillis() - commandsFor,
                n -> get(reads.get((int) (n % reads.size()))));
        return sent.get();
    }

    /** Each connection sends the requests made for it one after the other, until the time ends. */
    private void everyConnection(long millis, IntFunction<HttpRequest> requests)
            throws IOException, InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        var counter = new AtomicLong();
        try (ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<Future<Void>>();
            for (int c = 0; c < CONNECTIONS; c++) {
                done.add(connections.submit(() -> {
                    while (System.nanoTime() < until) {
                        send(requests.apply((int) counter.incrementAndGet()));
                    }
                    return null;
                }));
            }
            for (Future<Void> connection : done) {
                try {
                    connection.get();
                } catch (ExecutionException e) {
                    connections.shutdownNow();
                    throw new IllegalStateException("the training load failed", e.getCause());
                }
            }
        }
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        var answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + answer.statusCode()
                    + " instead of 200: " + answer.body());
        }
        sent.incrementAndGet();
    }

    private HttpRequest command(String name, String body) {
        return HttpRequest.newBuilder(server.resolve("/api/commands/" + name))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).header("Authorization", bearer)
                .build();
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound) + 1;
    }

    private static String sku(int n) {
        return "TRAINING-P%03d".formatted(n);
    }

    private static String bin(int n) {
        return "T-%02d".formatted(n);
    }
}
