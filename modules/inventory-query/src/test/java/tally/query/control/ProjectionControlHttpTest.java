package tally.query.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tally.query.testing.Eventually;
import tally.query.testing.ServerTest;
import tally.query.testing.Workload;

@MicronautTest
class ProjectionControlHttpTest extends ServerTest {
    private static final Duration SOON = Duration.ofSeconds(15);
    private final Workload workload = new Workload(11, 30, 10);
    @Inject
    EmbeddedServer server;

    @AfterEach
    void everything_runs_again() {
        for (String name : List.of("stock", "locations", "activity", "orders", "bins",
                "barcodes")) {
            http.toBlocking().exchange(HttpRequest.PUT("/api/projections/" + name + "/delay",
                    Map.of("delayMillis", 0)));
            post("/api/projections/" + name + "/resume");
        }
    }

    private Map<String, Object> status(String name) {
        return getList("/api/projections").stream().filter(s -> s.get("name").equals(name))
                .findFirst().orElseThrow();
    }

    private long appendSome(int n) {
        return Workload.append(store, workload.next(n));
    }

    private void awaitCaughtUp(String name, long position) {
        Eventually.until(SOON, () -> number(status(name).get("position")) >= position
                && status(name).get("state").equals("RUNNING"), () -> status(name).toString());
    }

    private CompletableFuture<Map<?, ?>> getLater(String uri) {
        return Mono.from(http.retrieve(HttpRequest.GET(uri), Map.class))
                .<Map<?, ?>>map(m -> m).toFuture();
    }

    @Test
    void lists_every_read_model_with_its_position_lag_and_state() {
        long head = appendSome(5);
        awaitCaughtUp("activity", head);

        var all = getList("/api/projections");

        assertThat(all).extracting(s -> s.get("name"))
                .containsExactly("stock", "locations", "activity", "orders", "bins", "barcodes");
        assertThat(all.get(2)).containsKeys("position", "headPosition", "lag", "lagMillis",
                "state", "delayMillis", "lastError").containsEntry("lastError", null);
    }

    @Test
    void a_paused_read_model_shows_its_lag_answers_from_where_it_stopped_and_catches_up() {
        long before = appendSome(10);
        awaitCaughtUp("stock", before);

        assertThat(post("/api/projections/stock/pause")).containsEntry("state", "PAUSED");
        long head = appendSome(10);
        Eventually.until(SOON, () -> number(status("stock").get("headPosition")) == head);
        var paused = status("stock");
        assertThat(number(paused.get("position"))).isEqualTo(before);
        assertThat(number(paused.get("lag"))).isEqualTo(head - before);
        assertThat(number(get("/api/stock").get("position"))).isEqualTo(before);
        Eventually.until(SOON, () -> number(status("stock").get("lagMillis")) > 0);

        post("/api/projections/stock/resume");
        awaitCaughtUp("stock", head);
        assertThat(number(status("stock").get("lag"))).isZero();
    }

    @Test
    void a_query_with_min_position_waits_for_the_read_model_without_holding_a_thread() {
        long start = appendSome(1);
        awaitCaughtUp("locations", start);
        post("/api/projections/locations/pause");
        long head = appendSome(5);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

        var answers = new ArrayList<CompletableFuture<Map<?, ?>>>();
        for (int i = 0; i < 100; i++) {
            answers.add(getLater("/api/locations?waitMillis=20000&minPosition=" + head));
        }
        sleepMillis(500);
        assertThat(answers).noneMatch(CompletableFuture::isDone);
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
                .isLessThan(threadsBefore + 30);

        post("/api/projections/locations/resume");
        for (var answer : answers) {
            assertThat(number(answer.join().get("position"))).isGreaterThanOrEqualTo(head);
        }
    }

    @Test
    void a_query_whose_wait_runs_out_answers_with_the_position_reached() {
        long before = appendSome(2);
        awaitCaughtUp("activity", before);
        post("/api/projections/activity/pause");
        long head = appendSome(2);

        long t0 = System.nanoTime();
        var answer = get("/api/activity?waitMillis=300&minPosition=" + head);

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(number(answer.get("position"))).isEqualTo(before);
    }

    @Test
    void a_rebuild_replays_the_log_into_the_same_read_model_while_queries_keep_answering() {
        long head = appendSome(1500);
        awaitCaughtUp("stock", head);
        awaitCaughtUp("locations", head);
        var stock = get("/api/stock");
        var locations = get("/api/locations");

        assertThat(post("/api/projections/stock/rebuild")).containsEntry("state", "REBUILDING");
        post("/api/projections/locations/rebuild");
        assertThat(number(get("/api/stock").get("position"))).isLessThanOrEqualTo(head);
        awaitCaughtUp("stock", head);
        awaitCaughtUp("locations", head);

        assertThat(get("/api/stock")).isEqualTo(stock);
        assertThat(get("/api/locations")).isEqualTo(locations);
    }

    @Test
    void a_throttled_rebuild_shows_its_pace_goes_no_faster_and_ends_where_a_full_one_does() {
        long head = appendSome(400);
        awaitCaughtUp("orders", head);
        var orders = get("/api/orders");

        long t0 = System.nanoTime();
        var taken = http.toBlocking().retrieve(HttpRequest.POST(
                "/api/projections/orders/rebuild", Map.of("eventsPerSecond", 1_000)), Map.class);
        assertThat(taken).containsEntry("state", "REBUILDING")
                .containsEntry("rebuildEventsPerSecond", 1_000);
        Eventually.until(SOON, () -> number(status("orders").get("position")) > 0
                && number(status("orders").get("position")) < head);
        assertThat(status("orders")).containsEntry("rebuildEventsPerSecond", 1_000);
        awaitCaughtUp("orders", head);

        assertThat(Duration.ofNanos(System.nanoTime() - t0))
                .isGreaterThanOrEqualTo(Duration.ofMillis(head - 20));
        assertThat(status("orders")).containsEntry("rebuildEventsPerSecond", null);
        assertThat(get("/api/orders")).isEqualTo(orders);
    }

    @Test
    void a_rebuild_without_a_body_or_with_an_empty_one_runs_at_full_speed() throws Exception {
        var console = java.net.http.HttpClient.newHttpClient(); // as the console: no body at all
        var noBody = console.send(java.net.http.HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/api/projections/bins/rebuild"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(noBody.statusCode()).as(noBody.body()).isEqualTo(200);
        assertThat(noBody.body()).contains("\"rebuildEventsPerSecond\":null");

        assertThat(http.toBlocking().retrieve(HttpRequest.POST("/api/projections/bins/rebuild",
                Map.of()), Map.class)).containsEntry("rebuildEventsPerSecond", null);
        assertThat(post("/api/projections/bins/rebuild"))
                .containsEntry("rebuildEventsPerSecond", null);
    }

    @Test
    void bad_rebuild_bodies_are_refused_naming_the_field_and_rebuild_nothing() {
        long head = appendSome(3);
        awaitCaughtUp("barcodes", head);
        for (String body : List.of("{\"eventsPerSecond\":0}", "{\"eventsPerSecond\":1000001}",
                "{\"eventsPerSecond\":2.5}", "{\"eventsPerSecond\":\"fast\"}",
                "{\"eventsPerSecond\":null}", "{\"eventsPerSecond\":9,\"typo\":1}")) {
            var e = failure(HttpRequest.POST("/api/projections/barcodes/rebuild", body)
                    .contentType("application/json"));
            assertThat(e.getStatus().getCode()).as(body).isEqualTo(400);
            var problem = e.getResponse().getBody(Map.class).orElseThrow();
            assertThat(problem).containsEntry("type", "https://tally.dev/problems/invalid-request");
            assertThat((String) problem.get("detail")).as(body)
                    .startsWith(body.contains("typo") ? "typo" : "eventsPerSecond");
        }
        assertThat(status("barcodes")).containsEntry("state", "RUNNING");
        assertThat(number(status("barcodes").get("position"))).isEqualTo(head);
        assertThat(failure(HttpRequest.POST("/api/projections/nope/rebuild",
                Map.of("eventsPerSecond", 0))).getStatus().getCode()).isEqualTo(404);
    }

    @Test
    void a_delayed_read_model_holds_each_event_back_that_long() {
        long before = appendSome(1);
        awaitCaughtUp("activity", before);
        var answer = http.toBlocking().retrieve(HttpRequest.PUT(
                "/api/projections/activity/delay", Map.of("delayMillis", 700)), Map.class);
        assertThat(answer).containsEntry("delayMillis", 700);

        long t0 = System.nanoTime();
        long head = appendSome(1);
        var waited = get("/api/activity?limit=1&minPosition=" + head);

        assertThat(number(waited.get("position"))).isEqualTo(head);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(600));
    }

    @Test
    void a_broken_read_model_fails_before_the_next_event_and_resume_goes_on_from_there() {
        long before = appendSome(3);
        awaitCaughtUp("stock", before);

        post("/api/projections/stock/break");
        long head = appendSome(2);
        Eventually.until(SOON, () -> status("stock").get("state").equals("FAILED"));
        var failed = status("stock");
        assertThat(number(failed.get("position"))).isEqualTo(before);
        assertThat((String) failed.get("lastError")).contains("position " + (before + 1));
        // Waited for, not read once: only stock was seen to reach `before`, and activity,
        // a thread of its own, may be a step behind on a loaded machine
        awaitCaughtUp("activity", head);

        post("/api/projections/stock/resume");
        awaitCaughtUp("stock", head);
    }

    @Test
    void unknown_read_models_and_bad_delays_are_problems() {
        assertThat(failure(HttpRequest.POST("/api/projections/nope/pause", "")).getStatus().getCode())
                .isEqualTo(404);
        for (Object body : List.of(Map.of("delayMillis", 60_001), Map.of("delayMillis", -1),
                Map.of("delayMillis", "soon"), Map.of("delayMillis", 5, "typo", 1), Map.of())) {
            var e = failure(HttpRequest.PUT("/api/projections/stock/delay", body));
            assertThat(e.getStatus().getCode()).as(body.toString()).isEqualTo(400);
            assertThat(e.getResponse().getBody(Map.class).orElseThrow())
                    .containsEntry("type", "https://tally.dev/problems/invalid-request");
        }
    }

    @Test
    void an_answer_shows_its_rows_exactly_as_of_its_position() {
        var writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 300; i++) {
                appendSome(1);
            }
        });
        int checked = 0;
        while (!writer.isDone() || checked < 50) {
            var answer = get("/api/activity?limit=1");
            @SuppressWarnings("unchecked")
            var items = (List<Map<String, Object>>) answer.get("items");
            if (!items.isEmpty()) {
                assertThat(number(items.get(0).get("position"))).isEqualTo(number(answer.get("position")));
                checked++;
            }
        }
        writer.join();
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
