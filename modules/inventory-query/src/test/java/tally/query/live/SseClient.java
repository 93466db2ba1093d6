package tally.query.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A plain Server-Sent Events reader over java.net.http, for tests. */
final class SseClient implements AutoCloseable {
    record Message(String id, String event, String data) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    final List<Message> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    volatile boolean ended;

    SseClient(URI server, String lastEventId) {
        var request = HttpRequest.newBuilder(server.resolve("/api/stream"))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            String[] fields = new String[3];
            try (Stream<String> lines = r.body()) {
                lines.forEach(line -> read(line, fields));
            } catch (RuntimeException e) {
                // closed by the test
            }
            ended = true;
        });
    }

    private void read(String line, String[] fields) {
        if (line.isEmpty()) {
            if (fields[2] != null) {
                received.add(new Message(fields[0], fields[1], fields[2]));
            }
            fields[0] = fields[1] = fields[2] = null;
        } else if (line.startsWith("id:")) {
            fields[0] = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
            fields[1] = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
            fields[2] = line.substring(5).trim();
        }
    }

    Message await(Predicate<Message> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            for (Message m : received) {
                if (wanted.test(m)) {
                    return m;
                }
            }
            sleep();
        }
        throw new AssertionError("no such message within " + within + "; got " + received);
    }

    static Predicate<Message> kind(String event, String dataPart) {
        return m -> m.event().equals(event) && m.data().contains(dataPart);
    }

    String lastId() {
        return received.get(received.size() - 1).id();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
