package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One open {@code /api/stream}: a daemon thread reads its lines until the server ends it, the
 * connection breaks or the client closes it, then tells the listener once.
 */
final class SseConnection implements Closeable {
    private final Stream<String> lines;
    private final AtomicBoolean closedByClient = new AtomicBoolean();

    private SseConnection(Stream<String> lines) {
        this.lines = lines;
    }

    static SseConnection open(HttpClient http, HttpRequest request, ObjectMapper json,
                              StreamListener listener) {
        HttpResponse<Stream<String>> response = Calls.send(http, request,
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            String body = String.join("\n", response.body().limit(200).toList());
            throw new ProblemException(Calls.problemOf(json, response.statusCode(),
                    body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        var connection = new SseConnection(response.body());
        var reader = new Thread(() -> connection.read(new SseParser(json, listener), listener),
                "tally-stream");
        reader.setDaemon(true);
        reader.start();
        return connection;
    }

    private void read(SseParser parser, StreamListener listener) {
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
        listener.closed(closedByClient.get() ? null : cause);
    }

    @Override
    public void close() {
        if (closedByClient.compareAndSet(false, true)) {
            lines.close();
        }
    }
}
