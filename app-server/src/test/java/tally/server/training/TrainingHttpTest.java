package tally.server.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.OwnServer;

/**
 * The trainer's lessons over HTTP: who may, the strict bodies, the second operator's one
 * command, the traffic and the longer history actually recording events as
 * {@code system:training}; every exchange held to the OpenAPI document by {@link CheckedHttp}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingHttpTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USER = "system:training";

    @Inject
    EmbeddedServer server;
    @Inject
    EventStore store;
    CheckedHttp trainer;
    CheckedHttp operator;

    @Override
    public Map<String, String> getProperties() {
        return OwnServer.properties("tally-training");
    }

    @BeforeAll
    void warehouse() {
        trainer = new CheckedHttp(server.getURI());
        operator = trainer.newOperator("olga", "olga-password");
        for (String sku : new String[] {"TR-1", "TR-2", "TR-3"}) {
            command("register-product", "{\"sku\":\"" + sku + "\",\"name\":\"Bolt\"}");
        }
        command("receive-stock", "{\"sku\":\"TR-1\",\"location\":\"A-1\",\"quantity\":9}");
    }

    @Test
    void only_a_trainer_or_admin_may_drive_the_lessons_and_anyone_signed_in_may_watch() {
        var nobody = CheckedHttp.anonymous(server.getURI());
        assertThat(nobody.get("/api/training").status()).isEqualTo(401);
        assertThat(send(nobody, "PUT", "/api/training/traffic", "{\"commandsPerSecond\":5}")
                .status()).isEqualTo(401);
        assertThat(operator.get("/api/training").status()).isEqualTo(200);
        long head = store.headPosition();
        for (var call : new String[][] {{"PUT", "/api/training/traffic",
                "{\"commandsPerSecond\":5}"}, {"DELETE", "/api/training/traffic", ""},
                {"POST", "/api/training/second-operator", "{\"sku\":\"TR-1\"}"},
                {"POST", "/api/training/history", "{\"events\":5}"},
                {"DELETE", "/api/training/history", ""}}) {
            var answer = send(operator, call[0], call[1], call[2]);
            assertThat(answer.status()).as(call[1]).isEqualTo(403);
            assertThat(answer.body()).contains("trainer or admin");
        }
        assertThat(trainingEventsAfter(head)).isEmpty();
    }

    @Test
    void a_bad_body_is_a_400_naming_the_field_and_nothing_happens() {
        long head = store.headPosition();
        refused("PUT", "/api/training/traffic", "{}", "commandsPerSecond");
        refused("PUT", "/api/training/traffic", "{\"commandsPerSecond\":0}", "commandsPerSecond");
        refused("PUT", "/api/training/traffic", "{\"commandsPerSecond\":1001}",
                "commandsPerSecond");
        refused("PUT", "/api/training/traffic", "{\"commandsPerSecond\":2.5}",
                "commandsPerSecond");
        refused("PUT", "/api/training/traffic", "{\"commandsPerSecond\":\"fast\"}",
                "commandsPerSecond");
        refused("PUT", "/api/training/traffic", "{\"commandsPerSecond\":5,\"burst\":1}", "burst");
        refused("POST", "/api/training/history", "{\"events\":0}", "events");
        refused("POST", "/api/training/history", "{\"events\":1000001}", "events");
        refused("POST", "/api/training/second-operator", "{}", "sku");
        refused("POST", "/api/training/second-operator", "{\"sku\":\"TR 1\"}", "sku");
        refused("POST", "/api/training/second-operator",
                "{\"sku\":\"TR-1\",\"command\":\"dance\"}", "command");
        var unknown = trainer.post("/api/training/second-operator", "{\"sku\":\"NOPE-1\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("NOPE-1");

        assertThat(trainingEventsAfter(head)).isEmpty();
        var status = json(trainer.get("/api/training"));
        assertThat(status.at("/traffic/running").asBoolean()).isFalse();
    }

    @Test
    void the_second_operator_receives_one_unit_at_the_fullest_bin_and_moves_the_version_on() {
        // A product of its own: the traffic and the history change the others' bins.
        command("register-product", "{\"sku\":\"SO-1\",\"name\":\"Nut\"}");
        command("receive-stock", "{\"sku\":\"SO-1\",\"location\":\"B-2\",\"quantity\":3}");
        command("receive-stock", "{\"sku\":\"SO-1\",\"location\":\"A-1\",\"quantity\":9}");
        long before = store.readStream(StoredEvent.streamOf("SO-1")).size();
        var answer = trainer.post("/api/training/second-operator", "{\"sku\":\"SO-1\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var done = json(answer);
        assertThat(done.get("user").asText()).isEqualTo(USER);
        assertThat(done.get("location").asText()).isEqualTo("A-1");
        assertThat(done.get("quantity").asInt()).isEqualTo(1);
        assertThat(done.get("orderId").isNull()).isTrue();
        assertThat(done.get("version").asLong()).isEqualTo(before + 1);
        var recorded = store.readAll(done.get("position").asLong() - 1, 1).getFirst();
        assertThat(recorded.user()).isEqualTo(USER);
        assertThat(recorded.commandId()).startsWith("training-");
        assertThat(recorded.stream()).isEqualTo("product-SO-1");
    }

    @Test
    void the_second_operator_places_an_order_for_one_unit() {
        var answer = trainer.post("/api/training/second-operator",
                "{\"sku\":\"TR-1\",\"command\":\"place-order\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var done = json(answer);
        assertThat(done.get("orderId").asText()).startsWith("TRAIN-");
        assertThat(done.get("location").isNull()).isTrue();
        assertThat(done.get("version").isNull()).isTrue();
        assertThat(store.readStream(StoredEvent.streamOfOrder(done.get("orderId").asText())))
                .first().extracting(StoredEvent::user).isEqualTo(USER);
    }

    @Test
    void traffic_records_events_as_the_training_until_stopped_and_its_rate_can_change()
            throws Exception {
        // A lesson pauses read models under the traffic: it goes on regardless.
        for (String model : new String[] {"stock", "bins"}) {
            assertThat(trainer.post("/api/projections/" + model + "/pause", "").status())
                    .isEqualTo(200);
        }
        long from = store.headPosition();
        var started = json(send(trainer, "PUT", "/api/training/traffic",
                "{\"commandsPerSecond\":50}"));
        assertThat(started.get("running").asBoolean()).isTrue();
        assertThat(started.get("startedAt").isNull()).isFalse();
        until(() -> json(trainer.get("/api/training")).at("/traffic/accepted").asLong() >= 10);
        var faster = json(send(trainer, "PUT", "/api/training/traffic",
                "{\"commandsPerSecond\":200}"));
        assertThat(faster.get("commandsPerSecond").asInt()).isEqualTo(200);
        assertThat(faster.get("startedAt")).isEqualTo(started.get("startedAt"));
        long soFar = faster.get("accepted").asLong();
        until(() -> json(trainer.get("/api/training")).at("/traffic/accepted").asLong()
                >= soFar + 20);

        var stopped = json(send(trainer, "DELETE", "/api/training/traffic", ""));
        for (String model : new String[] {"stock", "bins"}) {
            trainer.post("/api/projections/" + model + "/resume", "");
        }
        assertThat(stopped.get("running").asBoolean()).isFalse();
        assertThat(json(send(trainer, "DELETE", "/api/training/traffic", ""))
                .get("running").asBoolean()).isFalse();
        assertThat(trainingEventsAfter(from)).as("one event a command accepted, none after")
                .hasSize(stopped.get("accepted").asInt());
        var events = store.readAll(from, 10_000);
        assertThat(events).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(e -> assertThat(e.user()).isIn(USER, "system:allocation"));
        assertThat(events).filteredOn(e -> e.user().equals(USER)).extracting(StoredEvent::type)
                .contains("StockReceived");
    }

    @Test
    void a_longer_history_appends_at_least_the_events_asked_and_a_second_one_waits()
            throws Exception {
        var started = trainer.post("/api/training/history", "{\"events\":3000}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(json(started).get("running").asBoolean()).isTrue();
        long from = json(started).get("fromPosition").asLong();
        var second = trainer.post("/api/training/history", "{\"events\":10}");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.body()).contains("still being appended");

        until(() -> !json(trainer.get("/api/training")).at("/history/running").asBoolean());
        var history = json(trainer.get("/api/training")).get("history");
        assertThat(history.get("requested").asLong()).isEqualTo(3000);
        assertThat(history.get("appended").asLong()).isGreaterThanOrEqualTo(3000);
        assertThat(history.get("toPosition").asLong()).isGreaterThanOrEqualTo(from + 3000);
        assertThat(store.readAll(from, 100_000)).filteredOn(e -> e.user().equals(USER))
                .hasSizeGreaterThanOrEqualTo(3000);
    }

    @Test
    void a_stopped_history_appends_nothing_more_and_another_may_start() throws Exception {
        until(() -> !json(trainer.get("/api/training")).at("/history/running").asBoolean());
        var started = trainer.post("/api/training/history", "{\"events\":1000000}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long from = json(started).get("fromPosition").asLong();
        until(() -> json(trainer.get("/api/training")).at("/history/appended").asLong() > 0);

        var stopped = json(send(trainer, "DELETE", "/api/training/history", ""));
        assertThat(stopped.get("running").asBoolean()).isFalse();
        long appended = stopped.get("appended").asLong();
        assertThat(appended).isPositive().isLessThan(1_000_000);
        long head = store.headPosition();
        assertThat(stopped.get("toPosition").asLong()).isLessThanOrEqualTo(head);
        // Final when answered: what it counted is in the log, and nothing follows the stop.
        assertThat(store.readAll(from, 2_000_000)).filteredOn(e -> e.user().equals(USER)
                && e.commandId().startsWith("training-")).hasSizeGreaterThanOrEqualTo(
                (int) appended);
        assertThat(json(send(trainer, "DELETE", "/api/training/history", "")).get("appended")
                .asLong()).isEqualTo(appended);
        assertThat(trainingEventsAfter(head)).isEmpty();
        assertThat(trainer.post("/api/training/history", "{\"events\":1}").status())
                .isEqualTo(202);
    }

    /** The allocation may still be at work on the traffic's orders: its events are not ours. */
    private java.util.List<StoredEvent> trainingEventsAfter(long position) {
        return store.readAll(position, 100_000).stream().filter(e -> e.user().equals(USER))
                .toList();
    }

    private void refused(String method, String path, String body, String field) {
        var answer = send(trainer, method, path, body);
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(json(answer).at("/errors/0/field").asText()).as(body).isEqualTo(field);
    }

    private CheckedHttp.Answer command(String name, String body) {
        var answer = trainer.post("/api/commands/" + name, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private static CheckedHttp.Answer send(CheckedHttp http, String method, String path,
                                           String body) {
        return http.send(method, path, body.isEmpty() ? null : "application/json",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(CheckedHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the condition, a minute at most: the machine may be loaded. */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
