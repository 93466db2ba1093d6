package tally.command.web;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many commands came over HTTP, by command and by what came of them: for the server's
 * metrics. Every counter exists from the start (a command not yet sent counts 0), and counting
 * is a map lookup and an add: nothing is built per command. A name that is no command counts
 * under {@link #UNKNOWN}, so that what a client types cannot add series without end.
 */
@Singleton
public final class CommandCounts {
    public static final String UNKNOWN = "unknown";
    private static final String PATH = "/api/commands/";

    /** What came of a command, as its answer's status says. */
    public enum Outcome {
        /** 200: carried out (or answered again for a retried id). */
        ACCEPTED,
        /** 422: refused by a rule of the warehouse; nothing stored. */
        REJECTED,
        /** 409: a stale expected version, or an id used for another command. */
        CONFLICT,
        /** Any other 4xx: a bad body, an unknown command, a wrong media type. */
        INVALID,
        /** 503: the log did not take it, or the server is stopping. */
        UNAVAILABLE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Outcome of(int status) {
            return switch (status) {
                case 200 -> ACCEPTED;
                case 422 -> REJECTED;
                case 409 -> CONFLICT;
                default -> status >= 500 ? UNAVAILABLE : INVALID;
            };
        }
    }

    private final Map<String, LongAdder[]> counts = new LinkedHashMap<>();

    CommandCounts() {
        var names = new TreeSet<>(Commands.NAMES);
        names.add(UNKNOWN);
        for (String name : names) {
            var row = new LongAdder[Outcome.values().length];
            for (int i = 0; i < row.length; i++) {
                row[i] = new LongAdder();
            }
            counts.put(name, row);
        }
    }

    /** The command names counted, {@link #UNKNOWN} among them, in order. */
    public Set<String> commands() {
        return counts.keySet();
    }

    public long count(String command, Outcome outcome) {
        return counts.get(command)[outcome.ordinal()].sum();
    }

    void accepted(String command) {
        row(command)[Outcome.ACCEPTED.ordinal()].increment();
    }

    /** A refusal with {@code status}, counted when its path is a command's. */
    void answered(String path, int status) {
        if (path.startsWith(PATH)) {
            row(path.substring(PATH.length()))[Outcome.of(status).ordinal()].increment();
        }
    }

    private LongAdder[] row(String command) {
        LongAdder[] row = counts.get(command);
        return row != null ? row : counts.get(UNKNOWN);
    }
}
