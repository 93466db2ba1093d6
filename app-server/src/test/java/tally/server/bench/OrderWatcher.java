package tally.server.bench;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The order benchmark's one live-stream client, on a plain socket: notes the moment each order
 * the benchmark placed first reads {@code ALLOCATED} in an {@code order} message. The stream is
 * what the console's Orders screen shows, so this is the wait a supervisor sees; polling
 * {@code GET /api/orders/{id}} instead would add requests of its own to the load it measures.
 */
final class OrderWatcher {
    private static final String ORDER_ID = "\"orderId\":\"";

    /** One order allocated: when it was sent, when the stream said ALLOCATED (nanoTime). */
    record Allocated(long sentAt, long arrivedAt) {
    }

    private final Map<String, Long> sentAt;
    private final Runnable onAllocated;
    private final Socket socket = new Socket();
    private final List<Allocated> allocated = new ArrayList<>();
    final CountDownLatch connected = new CountDownLatch(1);
    volatile int resets;
    volatile boolean closed;

    /**
     * Watches for the orders in {@code sentAt} (order id to nanoTime), removing each it sees and
     * then running {@code onAllocated}.
     */
    OrderWatcher(URI server, String authorization, Map<String, Long> sentAt,
                 Runnable onAllocated) {
        this.sentAt = sentAt;
        this.onAllocated = onAllocated;
        Thread reader = new Thread(() -> run(server, authorization), "order-watcher");
        reader.setDaemon(true);
        reader.start();
    }

    private void run(URI server, String authorization) {
        try {
            read(SseListener.open(socket, server, authorization, connected));
        } catch (IOException | RuntimeException e) {
            // closed at the end, or by the server (a client too far behind): see closed
        } finally {
            closed = true;
        }
    }

    private void read(SseListener.Dechunked body) throws IOException {
        String kind = "";
        String line;
        while ((line = body.line()) != null) {
            if (line.startsWith("event:")) {
                kind = line.substring(6).trim();
                if (kind.equals("reset")) {
                    resets++;
                }
            } else if (kind.equals("order") && line.startsWith("data:")
                    && line.contains("\"status\":\"ALLOCATED\"")) {
                int at = line.indexOf(ORDER_ID) + ORDER_ID.length();
                Long sent = sentAt.remove(line.substring(at, line.indexOf('"', at)));
                if (sent != null) {
                    long now = System.nanoTime();
                    synchronized (allocated) {
                        allocated.add(new Allocated(sent, now));
                    }
                    onAllocated.run();
                }
            }
        }
    }

    /** The orders seen allocated since the last call. */
    List<Allocated> take() {
        synchronized (allocated) {
            var taken = List.copyOf(allocated);
            allocated.clear();
            return taken;
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
