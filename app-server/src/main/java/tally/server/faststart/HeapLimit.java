package tally.server.faststart;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The most heap the server's JVM may take, {@code --max-heap}. Left to itself a JVM takes up to a
 * quarter of the machine's memory and, under load, does take it: at 64 connections for a minute
 * the server grew from 191 MiB to 2.6-3.7 GiB resident while its live heap after a full
 * collection was 53 MiB. 512 MiB keeps the throughput of an unlimited heap (docs/benchmarks.md,
 * "Memory") and leaves a desktop PC room for the console and everything else it runs.
 */
public record HeapLimit(long mebibytes) {
    public static final HeapLimit DEFAULT = new HeapLimit(512);
    static final long LEAST = 128;
    static final long MOST = 64 * 1024;

    private static final Pattern SIZE = Pattern.compile("([0-9]{1,6})([mg])");
    /** Options by which a command line chose its own heap size, which ours must not undo. */
    private static final List<String> OWN_HEAP = List.of("-Xmx", "-XX:MaxHeapSize",
            "-XX:MaxRAM", "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction");

    /** {@code 512m}, {@code 2g}: one line saying what is wrong otherwise. */
    public static HeapLimit parse(String text) {
        return parse(text, "--max-heap");
    }

    /** As {@link #parse(String)}, naming the setting the text came from. */
    public static HeapLimit parse(String text, String setting) {
        var size = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        if (size.matches()) {
            long mebibytes = Long.parseLong(size.group(1)) * ("g".equals(size.group(2)) ? 1024 : 1);
            if (mebibytes >= LEAST && mebibytes <= MOST) {
                return new HeapLimit(mebibytes);
            }
        }
        throw new IllegalArgumentException(setting + " must be a size from 128m to 64g, such as"
                + " 512m or 2g, not '" + text + "'");
    }

    /** Whether a JVM's own options (or JAVA_TOOL_OPTIONS) already set the heap's size. */
    static boolean chosenIn(List<String> options) {
        return options.stream().anyMatch(a -> OWN_HEAP.stream().anyMatch(a::startsWith));
    }

    /**
     * The server JVM's options. Periodic collections when idle give memory back: G1 returns
     * the free part of the heap to the system at the end of a cycle, and with no collection for
     * 15 s it starts one; a least heap of 32 MiB lets it shrink below the initial size.
     */
    List<String> jvmOptions() {
        return List.of("-Xmx" + mebibytes + "m", "-XX:MinHeapSize=32m",
                "-XX:G1PeriodicGCInterval=15000");
    }
}
