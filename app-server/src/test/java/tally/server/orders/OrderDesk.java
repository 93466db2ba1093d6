package tally.server.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.TestSignIn;

/**
 * A client of the server's tests for orders, over HTTP only: commands, the orders queries, stock
 * and the raw log, each exchange checked against the OpenAPI document by {@link CheckedHttp}.
 * It knows nothing of the server's insides, so a test with it is a black-box test.
 */
final class OrderDesk {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long PATIENCE_NANOS = 30_000_000_000L;

    private static final HttpClient PLAIN = HttpClient.newHttpClient();

    final URI base;
    final CheckedHttp http;
    final String bearer;

    OrderDesk(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
        this.http = CheckedHttp.authorized(base, bearer);
    }

    /** Signed in as the test user, who has every role. */
    static OrderDesk signedIn(URI base) {
        return new OrderDesk(base, TestSignIn.bearer(base));
    }

    /** A user of these roles made by this desk's (admin) user, and a desk signed in as them. */
    OrderDesk newUser(String username, String... roles) {
        String password = username + "-password-1";
        var body = JSON.createObjectNode().put("username", username).put("password", password);
        var list = body.putArray("roles");
        for (String role : roles) {
            list.add(role);
        }
        assertThat(http.post("/api/users", body.toString()).status()).isEqualTo(200);
        return new OrderDesk(base, "Bearer " + TestSignIn.signIn(base, username, password));
    }

    CheckedHttp.Answer send(String command, String json) {
        return http.post("/api/commands/" + command, json);
    }

    /**
     * A command sent past the OpenAPI check, for the one rule the document can state only in
     * words: JSON Schema has no "each sku once" over an array of objects, so the judge would
     * take the 400 for a body the document accepts.
     */
    CheckedHttp.Answer sendUnchecked(String command, String json) {
        var request = HttpRequest.newBuilder(base.resolve("/api/commands/" + command))
                .header("Content-Type", "application/json").header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            var r = PLAIN.send(request, HttpResponse.BodyHandlers.ofString());
            return new CheckedHttp.Answer(r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A command that must be carried out: its answer (commandId, stream, version, position). */
    JsonNode ok(String command, String json) {
        var a = send(command, json);
        assertThat(a.status()).as(command + " " + json + " answered " + a.body()).isEqualTo(200);
        return tree(a.body());
    }

    /**
     * A refusal of this status and problem type, in problem+json with a plain-words detail, and
     * nothing stored: the log's head is the same before and after, once the allocation and the
     * read models are quiet.
     */
    JsonNode refused(int status, String slug, String command, String json) {
        return refused(status, slug, () -> send(command, json), command + " " + json);
    }

    JsonNode refused(int status, String slug, Supplier<CheckedHttp.Answer> call, String what) {
        long head = quiet();
        var a = call.get();
        assertThat(a.status()).as(what + " answered " + a.body()).isEqualTo(status);
        assertThat(a.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = tree(a.body());
        assertThat(problem.get("type").asText()).isEqualTo("https://tally.dev/problems/" + slug);
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
        assertThat(quiet()).as("nothing stored by " + what).isEqualTo(head);
        return problem;
    }

    /** A 400 naming exactly these fields. */
    void invalid(String command, String json, String... fields) {
        JsonNode problem = refused(400, "invalid-request", command, json);
        assertThat(problem.get("errors")).as(json).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder(fields);
    }

    JsonNode get(String path) {
        var a = http.get(path);
        assertThat(a.status()).as("GET " + path + " answered " + a.body()).isEqualTo(200);
        return tree(a.body());
    }

    long head() {
        return get("/api/events?after=0&limit=1").get("headPosition").asLong();
    }

    /**
     * Waits until the allocation and every read model have reached the log's head and the head
     * stays put (the allocation's answers are events too); returns that head. A read model that
     * has failed fails the test at once, with its error.
     */
    long quiet() {
        return settle(true);
    }

    /** Waits as {@link #quiet} for the allocation alone: the log is then complete. */
    long settled() {
        return settle(false);
    }

    private long settle(boolean readModelsToo) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        long head = head();
        while (true) {
            boolean caughtUp = true;
            for (JsonNode p : get("/api/projections")) {
                if (!readModelsToo && !p.get("name").asText().equals("allocation")) {
                    continue;
                }
                assertThat(p.get("state").asText()).as(p.toString()).isNotEqualTo("FAILED");
                caughtUp &= p.get("state").asText().equals("RUNNING")
                        && p.get("position").asLong() >= head;
            }
            long now = head();
            if (caughtUp && now == head) {
                return head;
            }
            assertThat(System.nanoTime()).as("quiet at " + head + " within 30 s: "
                    + get("/api/projections")).isLessThan(deadline);
            head = now;
            sleep(20);
        }
    }

    /** The order as the orders read model has it once it has seen the log's head. */
    JsonNode order(String orderId) {
        return get("/api/orders/" + orderId + "?minPosition=" + head());
    }

    JsonNode pickList(String orderId) {
        return get("/api/orders/" + orderId + "/pick-list?minPosition=" + head());
    }

    JsonNode stock(String sku) {
        return get("/api/stock/" + sku + "?minPosition=" + head());
    }

    /** Waits for the order to reach this status (the allocation answers after the command). */
    JsonNode awaitStatus(String orderId, String status) {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (true) {
            JsonNode order = order(orderId);
            if (order.get("status").asText().equals(status)) {
                return order;
            }
            assertThat(System.nanoTime()).as(orderId + " " + status + ", now " + order)
                    .isLessThan(deadline);
            sleep(20);
        }
    }

    /** Registers a product and receives {@code location, quantity, location, quantity...}. */
    void product(String sku, Object... stock) {
        ok("register-product", "{\"sku\":\"" + sku + "\",\"name\":\"Test " + sku + "\"}");
        for (int i = 0; i < stock.length; i += 2) {
            receive(sku, (String) stock[i], (Integer) stock[i + 1]);
        }
    }

    JsonNode receive(String sku, String location, int quantity) {
        return ok("receive-stock", "{\"sku\":\"" + sku + "\",\"location\":\"" + location
                + "\",\"quantity\":" + quantity + "}");
    }

    /** Places an order of {@code sku, quantity, sku, quantity...}. */
    JsonNode place(String orderId, Object... lines) {
        return ok("place-order", orderBody(orderId, lines));
    }

    static String orderBody(String orderId, Object... lines) {
        var body = JSON.createObjectNode().put("orderId", orderId);
        var list = body.putArray("lines");
        for (int i = 0; i < lines.length; i += 2) {
            list.addObject().put("sku", (String) lines[i]).put("quantity", (Integer) lines[i + 1]);
        }
        return body.toString();
    }

    JsonNode confirmPick(String orderId, String sku, String location, int quantity) {
        return ok("confirm-pick", pickBody(orderId, sku, location, quantity));
    }

    static String pickBody(String orderId, String sku, String location, int quantity) {
        return "{\"orderId\":\"" + orderId + "\",\"sku\":\"" + sku + "\",\"location\":\""
                + location + "\",\"quantity\":" + quantity + "}";
    }

    /** The raw log after {@code after}, page by page, each event handed on in order. */
    long readLog(long after, Consumer<JsonNode> each) {
        while (true) {
            JsonNode items = get("/api/events?limit=1000&after=" + after).get("items");
            if (items.isEmpty()) {
                return after;
            }
            items.forEach(each);
            after = items.get(items.size() - 1).get("position").asLong();
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
