package tally.server;

import java.util.Properties;

/**
 * Netty's buffers for the server: its pooled allocator rather than Netty 4.2's default, the
 * adaptive one. The adaptive allocator pools buffers up to a size only; a larger answer (the
 * 200-item stock list is 28 KB) got a buffer of its own, and on JDK 25 Netty frees such a buffer
 * by closing a shared memory arena, which makes the JVM stop every thread for a handshake, once
 * per answer (a JFR of {@code GET /api/stock}: 61,237 "HandshakeAllThreads" operations in 10 s).
 * The pooled allocator keeps those buffers in its arenas: the list took a third of the CPU per
 * answer (docs/benchmarks.md, "Reads and idle memory, continued"). A choice of the user's own
 * ({@code -Dio.netty.allocator.type=...}) stands.
 */
final class NettyBuffers {
    static final String ALLOCATOR = "io.netty.allocator.type";

    private NettyBuffers() {
    }

    /** Before anything loads Netty: its allocator is chosen once, when its classes load. */
    static void choosePooledUnlessChosen(Properties system) {
        if (system.getProperty(ALLOCATOR) == null) {
            system.setProperty(ALLOCATOR, "pooled");
        }
    }
}
