package tally.client.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import tally.client.api.ProblemException;

/**
 * The fake server over real HTTP, routes and stream as docs/api.md has them, so the console's HTTP
 * client, stream reader and reconnection run for real. It can stop and start on the same port.
 */
public final class FakeHttpServer implements AutoCloseable {
    private final FakeTallyApi api;
    private final ObjectMapper json = new ObjectMapper();
    private final List<CountDownLatch> streams = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer http;
    private int port;
    private SSLContext tls;

    public FakeHttpServer(FakeTallyApi api) {
        this(api, 0);
    }

    /** On this port; 0 picks a free one. */
    public FakeHttpServer(FakeTallyApi api, int port) {
        this.api = api;
        this.port = port;
        api.servedOverHttp();
    }

    /** Serves HTTPS with this context from the next {@link #start} on. */
    public FakeHttpServer overTls(SSLContext context) {
        tls = context;
        return this;
    }

    public FakeHttpServer start() throws IOException {
        var address = new InetSocketAddress("127.0.0.1", port);
        if (tls == null) {
            http = HttpServer.create(address, 0);
        } else {
            var https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            http = https;
        }
        http.setExecutor(Executors.newCachedThreadPool());
        http.createContext("/api/stream", this::stream);
        http.createContext("/api/", this::route);
        http.start();
        port = http.getAddress().getPort();
        return this;
    }

    public FakeTallyApi api() {
        return api;
    }

    public URI uri() {
        return URI.create((tls == null ? "http" : "https") + "://127.0.0.1:" + port);
    }

    /** Requests that reached a route or the stream, since the first start. */
    public int requests() {
        return requests.get();
    }

    /** Stops answering and breaks every open stream, as a server that goes down does. */
    @Override
    public void close() {
        http.stop(0);
        streams.forEach(CountDownLatch::countDown);
        streams.clear();
    }

    private void route(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        String method = ex.getRequestMethod();
        String[] path = ex.getRequestURI().getPath().substring(5).split("/");
        Map<String, String> query = FakeRoutes.query(ex.getRequestURI());
        try {
            String token = token(ex);
            if (!FakeRoutes.open(method, path)) {
                api.sessions().authorize(token, FakeRoutes.roles(method, path));
            }
            Object answer = FakeRoutes.answer(api, method, path, query, () -> body(ex), token);
            if (answer == null) {
                ex.sendResponseHeaders(204, -1);
                ex.close();
            } else {
                send(ex, 200, "application/json", json.writeValueAsString(answer));
            }
        } catch (ProblemException e) {
            refuse(ex, e);
        } catch (RuntimeException e) {
            send(ex, 500, "application/problem+json", "{\"status\":500,\"title\":\"oops\"}");
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(HttpExchange ex) {
        try {
            return json.readValue(ex.getRequestBody(), Map.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bearer token the request carries, or null. */
    private static String token(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    private void refuse(HttpExchange ex, ProblemException e) throws IOException {
        e.retryAfterSeconds().ifPresent(s -> ex.getResponseHeaders().add("Retry-After",
                Long.toString(s)));
        send(ex, e.problem().status(), "application/problem+json",
                json.writeValueAsString(e.problem()));
    }

    private void stream(HttpExchange ex) throws IOException {
        requests.incrementAndGet();
        try {
            api.sessions().authorize(token(ex), FakeSessions.ANY);
        } catch (ProblemException e) {
            refuse(ex, e);
            return;
        }
        String last = ex.getRequestHeaders().getFirst("Last-Event-ID");
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.flush();
        var ended = new CountDownLatch(1);
        streams.add(ended);
        var writer = new SseWriter(json, out, ended);
        var handle = api.stream(last == null ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(last)), writer);
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handle.close();
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
