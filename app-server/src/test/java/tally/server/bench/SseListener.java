package tally.server.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Recorder;

/**
 * One live-stream client of the benchmark, on a plain socket (a full HTTP client per connection
 * would cost more than the server it measures): records, for each {@code activity} message, the
 * time from the append's answer to the message's arrival.
 */
final class SseListener {
    private final Map<Long, Long> answeredAt;
    private final Recorder latencies;
    private final Socket socket = new Socket();
    private final java.util.List<long[]> arrivals =
            java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    final CountDownLatch connected = new CountDownLatch(1);
    volatile long received;

    SseListener(URI server, String authorization, Map<Long, Long> answeredAt,
                Recorder latencies) {
        this.answeredAt = answeredAt;
        this.latencies = latencies;
        Thread reader = new Thread(() -> run(server, authorization), "sse-listener");
        reader.setDaemon(true);
        reader.start();
    }

    private void run(URI server, String authorization) {
        try {
            read(open(socket, server, authorization, connected));
        } catch (IOException | RuntimeException e) {
            // closed at the end of the run
        }
    }

    private void read(Dechunked body) throws IOException {
        boolean activity = false;
        String line;
        while ((line = body.line()) != null) {
            if (line.startsWith("event:")) {
                activity = line.endsWith("activity");
            } else if (activity && line.startsWith("data:")) {
                arrivals.add(new long[] {positionIn(line), System.nanoTime()});
                received++;
            }
        }
    }

    /** Connects {@code socket} to the live stream; answers its body, counting down once in. */
    static Dechunked open(Socket socket, URI server, String authorization,
                          CountDownLatch connected) throws IOException {
        socket.connect(new java.net.InetSocketAddress(server.getHost(), server.getPort()));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/stream HTTP/1.1\r\nHost: " + server.getHost()
                + "\r\nAuthorization: " + authorization
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        while (!line(in).isEmpty()) {
            connected.countDown(); // the status line and headers
        }
        return new Dechunked(in);
    }

    private static long positionIn(String data) {
        int at = data.indexOf("\"position\":") + 11;
        int end = at;
        while (end < data.length() && Character.isDigit(data.charAt(end))) {
            end++;
        }
        return Long.parseLong(data.substring(at, end));
    }

    static String line(InputStream in) throws IOException {
        var text = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                text.append((char) b);
            }
        }
        if (b < 0 && text.length() == 0) {
            throw new IOException("closed");
        }
        return text.toString();
    }

    /**
     * Records each arrival against its append's answer. Done at the end: an append's answer
     * can be noted a moment after its message has already arrived.
     */
    void record() {
        synchronized (arrivals) {
            for (long[] a : arrivals) {
                Long answered = answeredAt.get(a[0]);
                if (answered != null) {
                    latencies.recordValue(Math.max(0, a[1] - answered));
                }
            }
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    /** The body of a chunked HTTP response, line by line across chunk boundaries. */
    static final class Dechunked {
        private final InputStream in;
        private final StringBuilder pending = new StringBuilder();
        private int from;

        Dechunked(InputStream in) {
            this.in = in;
        }

        String line() throws IOException {
            while (true) {
                int end = pending.indexOf("\n", from);
                if (end >= 0) {
                    String line = pending.substring(from, end);
                    from = end + 1;
                    return line;
                }
                pending.delete(0, from);
                from = 0;
                String size = SseListener.line(in);
                if (size.isEmpty()) {
                    size = SseListener.line(in); // the CRLF that ends the previous chunk
                }
                int length = Integer.parseInt(size.trim(), 16);
                if (length == 0) {
                    return null;
                }
                pending.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
            }
        }
    }
}
