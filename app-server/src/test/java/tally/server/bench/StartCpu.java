package tally.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a start's CPU went, read from /proc at one moment (the first 200 on /health): the
 * launcher JVM, and in the server's JVM its main thread (the critical path of a start), the JIT
 * compiler threads (on two cores they take a core from the main thread), the GC, and the rest
 * (threads still running or already ended). Linux clock ticks of 10 ms.
 *
 * @param launcher   the launcher JVM, or 0 when the server runs in the process started
 * @param server     the server's JVM, all of it, ended threads included
 * @param main       its threads named {@code main} (Java's) and {@code java} (the VM's creation)
 * @param compilers  its C1 and C2 compiler threads
 * @param gc         its garbage collector's threads
 */
record StartCpu(long launcher, long server, long main, long compilers, long gc) {
    /** The process started and, when it launched the server's JVM, that JVM. */
    static StartCpu of(ProcessHandle started) throws IOException {
        List<ProcessHandle> children = started.children().toList();
        if (children.isEmpty()) {
            return split(0, started.pid());
        }
        return split(ticks(Path.of("/proc/" + started.pid() + "/stat")),
                children.get(0).pid());
    }

    private static StartCpu split(long launcher, long server) throws IOException {
        long main = 0;
        long compilers = 0;
        long gc = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + server + "/task"))) {
            for (Path task : tasks.toList()) {
                String name;
                long ticks;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    ticks = ticks(task.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue; // counted in the process's total below
                }
                if (name.equals("main") || name.equals("java")) {
                    main += ticks;
                } else if (name.contains("CompilerThre")) {
                    compilers += ticks;
                } else if (name.startsWith("GC ") || name.startsWith("G1 ")) {
                    gc += ticks;
                }
            }
        }
        long all = ticks(Path.of("/proc/" + server + "/stat"));
        return new StartCpu(launcher * 10, all * 10, main * 10, compilers * 10, gc * 10);
    }

    /** User and system time of a process or thread, in clock ticks. */
    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    long total() {
        return launcher + server;
    }
}
