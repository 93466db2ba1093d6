package tally.server.openapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The HTTP client of the server's tests: every exchange is weighed against the served OpenAPI
 * document ({@link ExchangeJudge}) and a breach fails the test at once, naming the request. It
 * also notes which documented operations were called and with what status, so a test can show
 * that all of them were. It signs in as the test user ({@link TestSignIn}) and sends that token
 * with every request that names no {@code Authorization} of its own; {@link #anonymous} sends
 * none.
 */
public final class CheckedHttp {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An answer that kept the document's rules. */
    public record Answer(int status, String contentType, String body, byte[] bytes,
                         Map<String, List<String>> headers) {
        public Answer(int status, String contentType, String body) {
            this(status, contentType, body, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        /** The first value of a header of the answer, by its name in any case. */
        public java.util.Optional<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst();
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final ApiContract contract;
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final String authorization;

    /** Signed in as the test user, set up on this server if need be. */
    public CheckedHttp(URI base) {
        this(base, ApiContract.served(), TestSignIn.bearer(base));
    }

    CheckedHttp(URI base, ApiContract contract) {
        this(base, contract, null);
    }

    private CheckedHttp(URI base, ApiContract contract, String authorization) {
        this.base = base;
        this.contract = contract;
        this.authorization = authorization;
    }

    /** Sends no token at all. */
    public static CheckedHttp anonymous(URI base) {
        return new CheckedHttp(base, ApiContract.served(), null);
    }

    /** Sends this {@code Authorization} value (any text, for the refusals) with every request. */
    public static CheckedHttp authorized(URI base, String authorization) {
        return new CheckedHttp(base, ApiContract.served(), authorization);
    }

    /**
     * A new user with only the operator role, added by this client (who must be allowed to add
     * users), and a client signed in as them: the caller every refusal of a supervisor's command
     * is tried with.
     */
    public CheckedHttp newOperator(String username, String password) {
        Answer added = post("/api/users", "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\",\"roles\":[\"operator\"]}");
        if (added.status() != 200) {
            throw new IllegalStateException("operator " + username + " not added: " + added.body());
        }
        return authorized(base, "Bearer " + TestSignIn.signIn(base, username, password));
    }

    public Answer get(String path) {
        return send("GET", path, Map.of(), new byte[0]);
    }

    public Answer post(String path, String json) {
        return send("POST", path, Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** A request with an optional Content-Type (null for none). */
    public Answer send(String method, String path, String contentType, byte[] body) {
        return send(method, path, contentType == null ? Map.of()
                : Map.of("Content-Type", contentType), body);
    }

    public Answer send(String method, String path, Map<String, String> headers, byte[] body) {
        var request = request(method, path, headers, body);
        try {
            var r = client.send(request, BodyHandlers.ofByteArray());
            return judged(method, r, headers, body, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads an event stream until {@code enough} holds for the text so far or {@code max} has
     * passed, then leaves it; what was read is judged like any answer.
     */
    public Answer stream(String path, Map<String, String> headers, Predicate<String> enough,
                         Duration max) {
        var request = request("GET", path, headers, new byte[0]);
        try {
            var r = client.send(request, BodyHandlers.ofInputStream());
            var text = new ByteArrayOutputStream();
            var reading = CompletableFuture.runAsync(() -> readUntil(r.body(), text, enough));
            try {
                reading.get(max.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stopped) {
                // What arrived in time is what is judged.
            } finally {
                r.body().close();
            }
            byte[] read;
            synchronized (text) {
                read = text.toByteArray();
            }
            return judged("GET", r, headers, new byte[0], read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the document finds wrong with a request, without sending it. */
    public List<String> faultsOf(String method, String path, String contentType, byte[] body) {
        var headers = new java.util.HashMap<String, List<String>>();
        withToken(contentType == null ? Map.of() : Map.of("Content-Type", contentType))
                .forEach((k, v) -> headers.put(k, List.of(v)));
        var request = new Exchange(method, base.resolve(path), headers, body, 0, Map.of(),
                new byte[0]);
        return ExchangeJudge.requestErrors(contract, request);
    }

    /** The operationIds called so far. */
    public Set<String> exercised() {
        return new TreeSet<>(exercised);
    }

    /** {@code "operationId status"} for every answer so far. */
    public Set<String> answered() {
        return new TreeSet<>(answered);
    }

    public ApiContract contract() {
        return contract;
    }

    private HttpRequest request(String method, String path, Map<String, String> headers,
                                byte[] body) {
        headers = withToken(headers);
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .method(method, body.length == 0 ? BodyPublishers.noBody()
                        : BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return builder.build();
    }

    /** The headers sent: the token added unless they name an Authorization themselves. */
    private Map<String, String> withToken(Map<String, String> headers) {
        if (authorization == null || headers.keySet().stream()
                .anyMatch(k -> k.equalsIgnoreCase("Authorization"))) {
            return headers;
        }
        var all = new java.util.HashMap<>(headers);
        all.put("Authorization", authorization);
        return all;
    }

    private Answer judged(String method, HttpResponse<?> r, Map<String, String> headers,
                          byte[] requestBody, byte[] responseBody) {
        headers = withToken(headers);
        var requestHeaders = new java.util.HashMap<String, List<String>>();
        headers.forEach((k, v) -> requestHeaders.put(k, List.of(v)));
        var exchange = new Exchange(method, r.uri(), requestHeaders, requestBody, r.statusCode(),
                r.headers().map(), responseBody);
        var breaches = ExchangeJudge.breaches(contract, exchange);
        if (!breaches.isEmpty()) {
            throw new AssertionError(exchange.describe() + " breaks the OpenAPI document:\n  "
                    + String.join("\n  ", breaches) + "\n  request body: "
                    + shortText(requestBody) + "\n  answer: " + shortText(responseBody));
        }
        contract.operationFor(method, r.uri().getRawPath()).ifPresent(o -> {
            exercised.add(o.id());
            answered.add(o.id() + " " + r.statusCode());
        });
        return new Answer(r.statusCode(), exchange.responseHeader("Content-Type").orElse(""),
                new String(responseBody, StandardCharsets.UTF_8), responseBody,
                r.headers().map());
    }

    private static void readUntil(InputStream in, ByteArrayOutputStream text,
                                  Predicate<String> enough) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (text) {
                    text.write(buffer, 0, n);
                    if (enough.test(text.toString(StandardCharsets.UTF_8))) {
                        return;
                    }
                }
            }
        } catch (IOException closed) {
            // The stream was left on purpose.
        }
    }

    private static String shortText(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
