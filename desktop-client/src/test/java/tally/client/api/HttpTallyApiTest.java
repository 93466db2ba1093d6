package tally.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.Reset;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ActivityItem;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.api.WireShapes.StockDetail;

/** The HTTP client against a stub that answers as docs/api.md says the server does. */
class HttpTallyApiTest {
    private final HttpServer stub = start();
    private final HttpTallyApi api = new HttpTallyApi(
            URI.create("http://127.0.0.1:" + stub.getAddress().getPort()));
    private final BlockingQueue<String> requests = new ArrayBlockingQueue<>(10);

    private static HttpServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        stub.stop(0);
    }

    private void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @Test
    void sends_a_command_as_json_and_reads_its_answer() throws Exception {
        stub.createContext("/api/commands/receive-stock", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst(
                    "Content-Type") + " " + new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            answer(ex, 200, "application/json", "{\"commandId\":\"c1\",\"stream\":"
                    + "\"product-SKU-1\",\"version\":7,\"position\":1234}");
        });
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("sku", "SKU-1");
        body.put("quantity", 5L);
        body.put("reference", null);
        var result = api.command("receive-stock", body);

        assertThat(result).isEqualTo(new WireShapes.CommandResult("c1", "product-SKU-1", 7, 1234));
        assertThat(requests.poll()).isEqualTo(
                "POST application/json {\"sku\":\"SKU-1\",\"quantity\":5}");
    }

    @Test
    void looks_a_barcode_up_and_reads_the_sku_it_stands_for_or_its_404() throws Exception {
        stub.createContext("/api/barcodes/", ex -> {
            requests.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            if (ex.getRequestURI().getPath().endsWith("4006381333931")) {
                answer(ex, 200, "application/json", "{\"barcode\":\"04006381333931\","
                        + "\"sku\":\"PEN-1\",\"name\":\"Pen\",\"position\":12}");
            } else {
                answer(ex, 404, "application/problem+json", "{\"type\":\"https://tally.dev/"
                        + "problems/not-found\",\"title\":\"Not Found\",\"status\":404}");
            }
        });

        assertThat(api.barcode("4006381333931")).isEqualTo(
                new WireShapes.Barcode("04006381333931", "PEN-1", "Pen", 12));
        assertThat(requests.poll()).isEqualTo("GET /api/barcodes/4006381333931");
        assertThatThrownBy(() -> api.barcode("96385074")).isInstanceOfSatisfying(
                ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void a_problem_answer_becomes_a_problem_with_its_field_errors() {
        stub.createContext("/api/commands/pick-stock", ex -> answer(ex, 400,
                "application/problem+json", "{\"type\":\"https://tally.dev/problems/"
                        + "invalid-request\",\"title\":\"Bad Request\",\"status\":400,\"detail\":"
                        + "\"quantity: must be at least 1\",\"errors\":[{\"field\":\"quantity\","
                        + "\"message\":\"must be at least 1\"}]}"));

        assertThatThrownBy(() -> api.command("pick-stock", Map.of("quantity", 0)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().slug()).isEqualTo("invalid-request");
                    assertThat(e.problem().errors()).containsExactly(
                            new ProblemDetails.FieldError("quantity", "must be at least 1"));
                });
    }

    @Test
    void reads_the_orders_list_as_the_server_answers_it_with_a_count_of_lines() {
        // The shape of docs/api.md: lines is how many, not the lines (a list here once kept the
        // console from connecting to any server that held an order).
        stub.createContext("/api/orders", ex -> answer(ex, 200, "application/json",
                "{\"position\":57,\"items\":[{\"orderId\":\"SO-1001\",\"customer\":"
                        + "\"Acme Ltd\",\"status\":\"PARTIAL\",\"lines\":2,\"placedAt\":"
                        + "\"2026-05-04T08:15:30.125Z\"}]}"));

        var list = api.orders(null);

        assertThat(list.position()).isEqualTo(57);
        assertThat(list.items()).singleElement().satisfies(o -> {
            assertThat(o.orderId()).isEqualTo("SO-1001");
            assertThat(o.lines()).isEqualTo(2);
            assertThat(o.asRow().lines()).isEmpty();
        });
    }

    @Test
    void a_server_that_is_not_there_is_unreachable() {
        stub.stop(0);
        assertThatThrownBy(api::stock).isInstanceOf(ServerUnreachable.class)
                .hasMessageContaining("no answer from 127.0.0.1");
    }

    @Test
    void follows_the_stream_from_the_last_event_id_until_the_client_closes_it() throws Exception {
        var release = new CountDownLatch(1);
        stub.createContext("/api/stream", ex -> {
            requests.add("Last-Event-ID " + ex.getRequestHeaders().getFirst("Last-Event-ID"));
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write(("id: 43\nevent: activity\ndata: {\"position\":43,\"stream\":\"product-A\","
                    + "\"type\":\"StockPicked\",\"occurredAt\":\"t\",\"summary\":\"s\"}\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        var heard = new Heard();
        var handle = api.stream(OptionalLong.of(42), heard);

        assertThat(requests.poll(5, TimeUnit.SECONDS)).isEqualTo("Last-Event-ID 42");
        assertThat(heard.next()).isEqualTo("43 activity StockPicked");
        handle.close();
        assertThat(heard.next()).isEqualTo("closed null");
        release.countDown();
    }

    @Test
    void a_stream_the_server_ends_is_reported_as_lost() throws Exception {
        stub.createContext("/api/stream", ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.close();
        });
        var heard = new Heard();
        api.stream(OptionalLong.empty(), heard);
        assertThat(heard.next()).isEqualTo("closed tally.client.api.ServerUnreachable:"
                + " the server ended the stream");
    }

    @Test
    void opening_the_stream_does_not_wait_for_a_server_that_answers_with_its_first_message()
            throws Exception {
        var firstMessage = new CountDownLatch(1);
        var answered = new java.util.concurrent.atomic.AtomicBoolean();
        stub.createContext("/api/stream", ex -> {
            try {
                firstMessage.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answered.set(true);
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write(("id: 7\nevent: reset\ndata: {}\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            ex.close();
        });
        var heard = new Heard();
        api.stream(OptionalLong.empty(), heard);

        // Returned while the server still holds its answer, which only this test releases: no
        // stopwatch, which a loaded machine could blow without the call ever waiting
        assertThat(answered).isFalse();
        firstMessage.countDown();
        assertThat(heard.next()).isEqualTo("7 reset");
    }

    @Test
    void a_refused_stream_is_told_as_closed_with_the_problem() throws Exception {
        stub.createContext("/api/stream", ex -> answer(ex, 404, "application/problem+json",
                "{\"type\":\"https://tally.dev/problems/not-found\",\"title\":\"Not Found\","
                        + "\"status\":404,\"detail\":\"no such route\"}"));
        var heard = new Heard();
        api.stream(OptionalLong.empty(), heard);
        assertThat(heard.next()).startsWith("closed tally.client.api.ProblemException");
        assertThat(heard.problem.poll(5, TimeUnit.SECONDS)).isEqualTo("not-found");
    }

    /** What a stream told, one line each, in order. */
    private static final class Heard implements StreamListener {
        private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(10);
        private final BlockingQueue<String> problem = new ArrayBlockingQueue<>(1);

        String next() throws InterruptedException {
            return lines.poll(5, TimeUnit.SECONDS);
        }

        public void message(StreamMessage message) {
            lines.add(switch (message) {
                case StockChanged(long id, StockDetail s) -> id + " stock " + s.sku();
                case LocationChanged(long id, LocationContents c) ->
                        id + " location " + c.location();
                case ActivityAdded(long id, ActivityItem a) -> id + " activity " + a.type();
                case ProjectionChanged(long id, ProjectionStatus p) ->
                        id + " projection " + p.name();
                case OrderChanged(long id, OrderDetail o) -> id + " order " + o.orderId();
                case Reset(long id) -> id + " reset";
            });
        }

        public void closed(Throwable cause) {
            if (cause instanceof ProblemException p) {
                problem.add(p.problem().slug());
            }
            lines.add("closed " + cause);
        }
    }

    @Test
    void reads_the_projections_and_the_raw_log() {
        stub.createContext("/api/projections", ex -> answer(ex, 200, "application/json",
                "[{\"name\":\"stock\",\"position\":3,\"headPosition\":5,\"lag\":2,\"lagMillis\":"
                        + "80,\"state\":\"PAUSED\",\"delayMillis\":0,\"lastError\":null}]"));
        stub.createContext("/api/events", ex -> answer(ex, 200, "application/json",
                "{\"headPosition\":5,\"items\":[{\"position\":5,\"stream\":\"product-A\","
                        + "\"version\":2,\"type\":\"StockPicked\",\"occurredAt\":\"t\","
                        + "\"commandId\":\"c\",\"user\":\"ann\",\"data\":{\"sku\":\"A\","
                        + "\"quantity\":1}},{\"position\":6,\"stream\":\"product-A\","
                        + "\"version\":3,\"type\":\"StockPicked\",\"occurredAt\":\"t\","
                        + "\"commandId\":null,\"user\":null,\"data\":{}}]}"));

        assertThat(api.projections()).containsExactly(
                new ProjectionStatus("stock", 3, 5, 2, 80, "PAUSED", 0, null));
        assertThat(api.events(4, 10).items()).satisfiesExactly(e -> {
            assertThat(e.data()).isEqualTo("{\"sku\":\"A\",\"quantity\":1}");
            assertThat(e.commandId()).isEqualTo("c");
            assertThat(e.user()).isEqualTo("ann");
        }, e -> assertThat(e.user()).as("null, not \"null\"").isNull());
        assertThat(List.of(PathSegments.encode("A-01.b_~"), PathSegments.encode("a b/é")))
                .containsExactly("A-01.b_~", "a%20b%2F%C3%A9");
    }
}
