package tally.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.HdrHistogram.Recorder;

/**
 * One live-stream client of the benchmark: records, for each {@code activity} message, the time
 * from the append's answer to the message's arrival.
 */
final class SseListener {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<Long, Long> answeredAt;
    private final Recorder latencies;
    final CountDownLatch connected = new CountDownLatch(1);
    private volatile Stream<String> lines;
    volatile long received;

    SseListener(URI server, Map<Long, Long> answeredAt, Recorder latencies) {
        this.answeredAt = answeredAt;
        this.latencies = latencies;
        HTTP.sendAsync(HttpRequest.newBuilder(server.resolve("/api/stream")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> {
                    lines = r.body();
                    connected.countDown();
                    Thread reader = new Thread(this::read, "sse-listener");
                    reader.setDaemon(true);
                    reader.start();
                });
    }

    private void read() {
        boolean activity = false;
        try {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    activity = line.endsWith("activity");
                } else if (activity && line.startsWith("data:")) {
                    long now = System.nanoTime();
                    Long answered = answeredAt.get(positionIn(line));
                    if (answered != null) {
                        latencies.recordValue(Math.max(0, now - answered));
                        received++;
                    }
                }
            }
        } catch (RuntimeException e) {
            // closed at the end of the run
        }
    }

    private static long positionIn(String data) {
        int at = data.indexOf("\"position\":") + 11;
        int end = at;
        while (end < data.length() && Character.isDigit(data.charAt(end))) {
            end++;
        }
        return Long.parseLong(data.substring(at, end));
    }

    void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
