package tally.eventstore.h2.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tally.eventstore.Durability;

/**
 * The log's journal: each confirmation round's rows appended to a segment file
 * ({@code events.journal.N} in the data folder) in one write. That write is what makes an append
 * durable (docs/durability.md): H2 keeps the same rows in its tables but puts them in its own file
 * only at a checkpoint, because it rewrites every B-tree page a commit touched, which for the
 * log's indexes cost more than all the rest of an append. After a checkpoint the finished segments
 * are deleted; after a crash, the engine's replay puts back what the H2 file lost.
 *
 * <p>Used by one thread at a time: the confirmer's, or the opening store's.
 */
public final class Journal implements AutoCloseable {
    private static final String PREFIX = "events.journal.";

    private final Path dir;
    private final boolean fsync;
    private FileChannel segment;
    private long number;
    private long size;
    // A failed write that could not be cut off: the next record goes to a new segment.
    private boolean torn;

    private Journal(Path dir, long number, boolean fsync) throws IOException {
        this.dir = dir;
        this.fsync = fsync;
        this.number = number;
        openSegment();
    }

    /** A journal whose first segment comes after every segment in {@code dir}. */
    public static Journal startAfter(Path dir, Durability durability) throws IOException {
        long last = segments(dir).stream().mapToLong(Journal::numberOf).max().orElse(0);
        return new Journal(dir, last + 1, durability == Durability.FSYNC);
    }

    /** Every whole record of every segment in {@code dir}, oldest first. */
    public static List<BatchRows> readAll(Path dir) throws IOException {
        var batches = new ArrayList<BatchRows>();
        for (Path p : segments(dir)) {
            batches.addAll(JournalCodec.decodeAll(ByteBuffer.wrap(Files.readAllBytes(p))));
        }
        return batches;
    }

    /** Deletes the segments numbered up to {@code last}: the H2 file holds their rows. */
    public static void deleteUpTo(Path dir, long last) throws IOException {
        for (Path p : segments(dir)) {
            if (numberOf(p) <= last) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Appends one record; it reaches the operating system (survives {@code kill -9}). A write that
     * fails part way (a full disk) is cut off again: a record cut short would end what a replay
     * reads, and hide every record written after it.
     */
    public void append(List<BatchRows> batches) throws IOException {
        ByteBuffer record = JournalCodec.encode(batches);
        if (torn) {
            rotate();
            torn = false;
        }
        long before = size;
        try {
            while (record.hasRemaining()) {
                size += segment.write(record);
            }
        } catch (IOException e) {
            try {
                segment.truncate(before);
                segment.position(before);
                size = before;
            } catch (IOException again) {
                torn = true;
                e.addSuppressed(again);
            }
            throw e;
        }
    }

    /** What is appended reaches the disk itself (survives a power cut). */
    public void force() throws IOException {
        segment.force(false);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Goes on in a new segment; returns the number of the one it finished. */
    public long rotate() throws IOException {
        segment.close();
        number++;
        openSegment();
        return number - 1;
    }

    @Override
    public void close() throws IOException {
        segment.close();
    }

    private void openSegment() throws IOException {
        segment = FileChannel.open(dir.resolve(PREFIX + number), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        size = 0;
        if (fsync) {
            // The new file's name must survive a power cut as well as its contents.
            try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                folder.force(true);
            }
        }
    }

    private static List<Path> segments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("events\\.journal\\.\\d+"))
                    .sorted(Comparator.comparingLong(Journal::numberOf)).toList();
        }
    }

    private static long numberOf(Path segment) {
        return Long.parseLong(segment.getFileName().toString().substring(PREFIX.length()));
    }
}
