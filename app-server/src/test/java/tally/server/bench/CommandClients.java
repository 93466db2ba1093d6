package tally.server.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Many keep-alive HTTP/1.1 connections with at most one command outstanding on each, all driven
 * by one thread over a selector: 64 connections cost the benchmark one thread's CPU, not 64
 * threads' wake-ups, so that what is measured is the server. The requests are made up front (a
 * random product, and a receive, pick or move of one unit, as a busy warehouse sends) and only
 * copied to the socket; an answer is read as far as its status and Content-Length.
 */
final class CommandClients {
    private static final byte[] HEAD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private final InetSocketAddress server;
    private final Supplier<byte[]> requests;
    private final AtomicLong failures;
    private final Executor pacers;

    /**
     * {@code pacers} runs the pacing thread of a paced run, beside the caller's; every request
     * carries {@code authorization}, a signed-in user's {@code Bearer} token.
     */
    CommandClients(int port, int products, AtomicLong failures, Executor pacers,
                   String authorization) {
        this(port, warehouse(products, authorization), failures, pacers);
    }

    /** Clients sending what {@code requests} makes, asked once per command as it is sent. */
    CommandClients(int port, Supplier<byte[]> requests, AtomicLong failures, Executor pacers) {
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.failures = failures;
        this.pacers = pacers;
        this.requests = requests;
    }

    /** 4,096 requests made up front, each sent again and again in a random order. */
    private static Supplier<byte[]> warehouse(int products, String authorization) {
        var random = new Random(42);
        var made = new byte[4096][];
        for (int i = 0; i < made.length; i++) {
            made[i] = request(random, products, authorization);
        }
        return () -> made[random.nextInt(made.length)];
    }

    static byte[] request(String command, String json, String authorization) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return ("POST /api/commands/" + command + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n"
                + json).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] request(Random random, int products, String authorization) {
        String sku = "\"sku\":\"B-" + random.nextInt(products) + "\"";
        int kind = random.nextInt(10);
        if (kind < 4) {
            return request("receive-stock", "{" + sku
                    + ",\"location\":\"A1\",\"quantity\":1,\"reference\":\"PO-1\"}",
                    authorization);
        } else if (kind < 8) {
            return request("pick-stock", "{" + sku
                    + ",\"location\":\"A1\",\"quantity\":1,\"reference\":\"SO-1\"}",
                    authorization);
        }
        return request("move-stock", "{" + sku + ",\"from\":\"A1\",\"to\":\"B"
                + random.nextInt(5) + "\",\"quantity\":1}", authorization);
    }

    /** Each connection sends its next command as soon as the last is answered. */
    Histogram closedLoop(int connections, long nanos) throws IOException {
        var latency = new Histogram(3);
        long end = System.nanoTime() + nanos;
        try (var selector = Selector.open()) {
            var all = open(selector, connections);
            for (Connection c : all) {
                c.send(next(), System.nanoTime());
            }
            int outstanding = connections;
            while (outstanding > 0) {
                awaitAnswers(selector, end);
                for (SelectionKey key : selector.selectedKeys()) {
                    var c = (Connection) key.attachment();
                    if (c.readAnswer()) {
                        long now = System.nanoTime();
                        latency.recordValue((now - c.sentAt) / 1000);
                        if (now < end) {
                            c.send(next(), now);
                        } else {
                            outstanding--;
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
            close(all);
        }
        return latency;
    }

    /**
     * One command due every 1/rate seconds whatever the answers do; a pacing thread hands the due
     * times over. A command that finds every connection busy waits, and its latency counts from
     * when it was due, so a stall is never hidden.
     */
    Histogram paced(int connections, int rate, long nanos) throws IOException {
        var latency = new Histogram(3);
        Queue<Long> due = new ConcurrentLinkedQueue<>();
        long total = nanos * rate / TimeUnit.SECONDS.toNanos(1);
        try (var selector = Selector.open()) {
            var idle = new ArrayDeque<>(open(selector, connections));
            var paced = new CompletableFuture<Void>();
            pacers.execute(() -> {
                long interval = TimeUnit.SECONDS.toNanos(1) / rate;
                long start = System.nanoTime();
                for (long i = 0; i < total; i++) {
                    long at = start + i * interval;
                    LockSupport.parkNanos(at - System.nanoTime());
                    due.add(at);
                    selector.wakeup();
                }
                paced.complete(null);
            });
            var waiting = new ArrayDeque<Long>();
            long end = System.nanoTime() + nanos;
            for (long answered = 0; answered < total; ) {
                awaitAnswers(selector, end);
                for (SelectionKey key : selector.selectedKeys()) {
                    var c = (Connection) key.attachment();
                    if (c.readAnswer()) {
                        latency.recordValue((System.nanoTime() - c.sentAt) / 1000);
                        answered++;
                        idle.add(c);
                    }
                }
                selector.selectedKeys().clear();
                for (Long at = due.poll(); at != null; at = due.poll()) {
                    waiting.add(at);
                }
                while (!waiting.isEmpty() && !idle.isEmpty()) {
                    idle.poll().send(next(), waiting.poll());
                }
            }
            paced.join();
            close(idle);
        }
        return latency;
    }

    /** Waits for answers; gives up on a server that has not answered for half a minute. */
    private static void awaitAnswers(Selector selector, long end) throws IOException {
        if (selector.select(100) == 0 && System.nanoTime() - end > TimeUnit.SECONDS.toNanos(30)) {
            throw new IOException("no answer for 30 s after the run's end");
        }
    }

    private byte[] next() {
        return requests.get();
    }

    private List<Connection> open(Selector selector, int n) throws IOException {
        var all = new ArrayList<Connection>();
        for (int i = 0; i < n; i++) {
            var channel = SocketChannel.open(server);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            var c = new Connection(channel);
            channel.register(selector, SelectionKey.OP_READ, c);
            all.add(c);
        }
        return all;
    }

    private static void close(Iterable<Connection> all) throws IOException {
        for (Connection c : all) {
            c.channel.close();
        }
    }

    /** One socket: the request being written, the answer being read, when it was sent (or due). */
    private final class Connection {
        private final SocketChannel channel;
        private final ByteBuffer in = ByteBuffer.allocate(16384);
        private long sentAt;

        Connection(SocketChannel channel) {
            this.channel = channel;
        }

        void send(byte[] request, long at) throws IOException {
            sentAt = at;
            var out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                if (channel.write(out) == 0) {
                    Thread.onSpinWait(); // a few hundred bytes into an empty socket buffer
                }
            }
        }

        /** Reads what has come; true once a whole answer is in (and then forgets it). */
        boolean readAnswer() throws IOException {
            if (channel.read(in) < 0) {
                throw new IOException("the server closed a connection");
            }
            int headEnd = indexOf(in, HEAD_END);
            if (headEnd < 0) {
                return false;
            }
            String head = new String(in.array(), 0, headEnd, StandardCharsets.US_ASCII);
            int length = contentLength(head);
            int whole = headEnd + HEAD_END.length + length;
            if (in.position() < whole) {
                return false;
            }
            if (!head.startsWith("HTTP/1.1 200") && failures.incrementAndGet() <= 5) {
                System.out.println("  unexpected answer: " + head.lines().findFirst().orElse("")
                        + " " + new String(in.array(), whole - length, length,
                        StandardCharsets.UTF_8));
            }
            in.flip().position(whole);
            in.compact();
            return true;
        }
    }

    private static int contentLength(String head) {
        int at = head.toLowerCase().indexOf("\r\ncontent-length:");
        if (at < 0) {
            throw new IllegalStateException("an answer without Content-Length: " + head);
        }
        int end = head.indexOf('\r', at + 2);
        return Integer.parseInt(head.substring(at + 17, end < 0 ? head.length() : end).trim());
    }

    private static int indexOf(ByteBuffer buffer, byte[] what) {
        byte[] a = buffer.array();
        for (int i = 0; i + what.length <= buffer.position(); i++) {
            int j = 0;
            while (j < what.length && a[i + j] == what[j]) {
                j++;
            }
            if (j == what.length) {
                return i;
            }
        }
        return -1;
    }
}
