package tally.server.faststart;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The busy part of the training run: commands and reads from many clients at once, as a site's
 * first minutes bring them. The AOT cache keeps the method profiles of the training run, and the
 * JIT of a new server starts from them; a handful of requests left those profiles thin, so the
 * first seconds ran interpreted code. Failures are counted, not thrown: this is load, the checks
 * are {@link TrainingTraffic}'s.
 */
final class TrainingLoad {
    /**
     * How many commands, off (0) by default: at load 13-21 a cache trained with 20,000 commands
     * could not be shown quicker in the first 15 s (docs/benchmarks.md, "Fast from the first
     * second"), and it adds about 30 s to {@code package}. For a measurement on a quiet machine:
     * {@code java -Dtally.training.commands=20000 -cp tally.jar
     * tally.server.faststart.AotCacheBuilder tally.jar tally.aot}.
     */
    static final String COMMANDS = "tally.training.commands";
    private static final int PRODUCTS = 50;
    private static final int IN_FLIGHT = 32;

    private TrainingLoad() {
    }

    static void serve(URI server, String bearer) throws InterruptedException {
        int commands = Integer.getInteger(COMMANDS, 0);
        if (commands <= 0) {
            return;
        }
        // HTTP/1.1 on a connection per request in flight, as the consoles and wrk use it.
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var inFlight = new Semaphore(IN_FLIGHT);
        var failed = new AtomicInteger();
        for (int p = 0; p < PRODUCTS; p++) {
            send(http, inFlight, failed, post(server, bearer, "register-product",
                    "{\"sku\":\"LOAD-" + p + "\",\"name\":\"Load " + p + "\"}"));
        }
        for (int i = 0; i < commands; i++) {
            String sku = "LOAD-" + (i % PRODUCTS);
            send(http, inFlight, failed, post(server, bearer, "receive-stock",
                    "{\"sku\":\"" + sku + "\",\"location\":\"A-0" + (i % 7) + "\",\"quantity\":1,"
                            + "\"commandId\":\"load-" + i + "\"}"));
            if (i % 10 == 0) {
                send(http, inFlight, failed, HttpRequest.newBuilder(
                        server.resolve("/api/stock/" + sku)).header("Authorization", bearer)
                        .build());
            }
        }
        inFlight.acquire(IN_FLIGHT);
        if (failed.get() > 0) {
            System.err.println("training load: " + failed.get() + " requests failed");
        }
    }

    private static HttpRequest post(URI server, String bearer, String command, String body) {
        return HttpRequest.newBuilder(server.resolve("/api/commands/" + command))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void send(HttpClient http, Semaphore inFlight, AtomicInteger failed,
                             HttpRequest request)
            throws InterruptedException {
        inFlight.acquire();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
            if (e != null || r.statusCode() >= 300) {
                failed.incrementAndGet();
            }
            inFlight.release();
        });
    }
}
