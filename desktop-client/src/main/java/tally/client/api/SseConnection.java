package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One open {@code /api/stream}. The request is sent without waiting for the answer: Tally's
 * server sends the response headers only with the first message, so on a quiet warehouse a
 * blocking open would wait for the next change. When the answer comes, a daemon thread reads
 * its lines until the server ends it, the connection breaks or the client closes it; the
 * listener is told {@code closed} exactly once, also when the answer is a refusal.
 */
final class SseConnection implements Closeable {
    private final ObjectMapper json;
    private final StreamListener listener;
    private final AtomicBoolean closedByClient = new AtomicBoolean();
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile CompletableFuture<HttpResponse<Stream<String>>> answer;
    private volatile Stream<String> lines;

    private SseConnection(ObjectMapper json, StreamListener listener) {
        this.json = json;
        this.listener = listener;
    }

    static SseConnection open(HttpClient http, HttpRequest request, ObjectMapper json,
                              StreamListener listener) {
        var connection = new SseConnection(json, listener);
        var sent = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        connection.answer = sent;
        sent.whenComplete((response, error) -> connection.answered(request, response, error));
        return connection;
    }

    private void answered(HttpRequest request, HttpResponse<Stream<String>> response,
                          Throwable error) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            tell(cause instanceof IOException io ? ServerUnreachable.of(request, io) : cause);
            return;
        }
        if (response.statusCode() != 200) {
            String body;
            try (Stream<String> refused = response.body()) {
                body = String.join("\n", refused.limit(200).toList());
            } catch (RuntimeException e) {
                body = "";
            }
            tell(ProblemException.of(json, response.statusCode(),
                    body.getBytes(StandardCharsets.UTF_8)));
            return;
        }
        lines = response.body();
        if (closedByClient.get()) {
            lines.close();
            tell(null);
            return;
        }
        var reader = new Thread(() -> read(new SseParser(json, listener)), "tally-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(SseParser parser) {
        Throwable cause;
        try {
            var it = lines.iterator();
            while (it.hasNext()) {
                parser.line(it.next());
            }
            cause = new ServerUnreachable("the server ended the stream", null);
        } catch (Exception | Error e) {
            cause = e;
        } finally {
            lines.close();
        }
        tell(cause);
    }

    /** Once only; a stream the client closed itself ends quietly, whatever broke it. */
    private void tell(Throwable cause) {
        if (told.compareAndSet(false, true)) {
            listener.closed(closedByClient.get() ? null : cause);
        }
    }

    @Override
    public void close() {
        if (closedByClient.compareAndSet(false, true)) {
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
            var pending = answer;
            if (pending != null && !pending.isDone()) {
                pending.cancel(true);
            }
        }
    }
}
