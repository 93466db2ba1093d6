package tally.query.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code GET /api/events/stream} only when asked to, message by message: a consumer whose
 * pace the test sets (one that stops reading holds the connection's flow back to the server).
 */
public final class EventStreamReader implements AutoCloseable {
    /** One Server-Sent Event: {@code id}, {@code event}, {@code data}. */
    public record Message(long id, String event, String data) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final HttpResponse<InputStream> response;
    private final BufferedReader lines;

    public EventStreamReader(URI server, String query, String lastEventId) {
        var request = HttpRequest.newBuilder(server.resolve("/api/events/stream" + query))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    public int status() {
        return response.statusCode();
    }

    /** The next message (comment lines skipped); null when the server ended the stream. */
    public Message next() {
        String id = null;
        String event = null;
        String data = null;
        try {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty() && data != null) {
                    return new Message(Long.parseLong(id), event, data);
                } else if (line.startsWith("id: ")) {
                    id = line.substring(4);
                } else if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // gone already
        }
    }
}
