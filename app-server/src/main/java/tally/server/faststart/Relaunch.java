package tally.server.faststart;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the server in a child JVM that maps the AOT cache built beside the jar ({@code tally.aot},
 * see {@link AotCacheBuilder}): its classes come loaded and linked, which more than halves the
 * start-up. A jar's manifest cannot carry JVM flags, so the jar hands {@code -XX:AOTCache} to a
 * copy of itself. This process stays the one the user and the service manager know: it passes
 * SIGTERM and Ctrl-C on and ends with the child's exit code, and the child stops within seconds
 * when this process goes, even on kill -9. A cache the JVM cannot use (another Java, a rebuilt
 * jar, other JVM options) is passed over silently: the child then starts as without one.
 *
 * <p>JDK 25's AOT cache replaced the class-data archive of Java 17 ({@code
 * -XX:ArchiveClassesAtExit}, which 25 still offers) because it measured better on the same jar,
 * the two alternating in StartupBenchmark (docs/benchmarks.md, 11-12 rounds of 5 starts): the
 * first 200 on /health came a quarter sooner with an empty log and a fifth sooner with
 * 1,000,000 events (medians of the rounds' ratios), with 12-15% less CPU (2.5 s instead of
 * 2.9 s). It costs 6 MiB more resident memory (217 instead of 211 MiB, both JVMs), a 78 MiB file
 * instead of 56 MiB, and 10-25 s more in {@code package}. Training it on seconds of load
 * ({@link TrainingLoad}) made the first 15 s of commands quicker on a busy machine, slower on a
 * quiet one: it is a build setting, off by default.
 */
public final class Relaunch {
    /**
     * Where the AOT cache is, or {@code none}; default: beside the jar, named like it. Named when
     * a class-data archive was there, and kept for the command lines that say it.
     */
    static final String CACHE = "tally.archive";
    /** Set in the child: the process id of the launcher it must not outlive. */
    static final String LAUNCHER = "tally.launcher";
    /** Options by which a command line chose its own class sharing, which ours would undo. */
    private static final List<String> OWN_SHARING = List.of("-XX:AOTCache", "-XX:AOTMode",
            "-XX:AOTConfiguration", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:DumpLoadedClassList", "-XX:SharedClassListFile", "-Xshare", "-D" + LAUNCHER + "=");

    private Relaunch() {
    }

    /**
     * The child's command line, or empty to run in this process: without an AOT cache, and when
     * the command line already chose its own cache or class sharing. Asked only for a command
     * line that starts a server: the cache holds the server's classes. The child gets the heap
     * limit unless the command line chose its own heap size.
     */
    public static Optional<List<String>> command(List<String> thisJvm, Optional<Path> cache,
                                                 long pid, HeapLimit heap) {
        if (cache.isEmpty() || !Files.isRegularFile(cache.get()) || thisJvm.isEmpty()) {
            return Optional.empty();
        }
        var chosen = new ArrayList<>(thisJvm);
        // Every JVM reads these, the child too, and our flags would override what they chose.
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            chosen.addAll(List.of(System.getenv().getOrDefault(variable, "").split("\\s+")));
        }
        if (chosen.stream().anyMatch(a -> OWN_SHARING.stream().anyMatch(a::startsWith))) {
            return Optional.empty();
        }
        var command = new ArrayList<String>();
        command.add(thisJvm.get(0));
        // First, so that whatever the user's own options say comes later and wins.
        command.add("-XX:AOTCache=" + cache.get().toAbsolutePath());
        // A cache this JVM cannot use is no error: the child starts without, and says nothing.
        command.add("-Xlog:aot*=off");
        // Short young-GC pauses: with G1's defaults a pause copying the log's and the read
        // side's recent pages took 60-150 ms and set the p99 of commands; at 20 ms G1 sized its
        // pauses to 15-16 ms and the p99 at 64 connections was 24-26 ms; at 10 ms, 9 ms and
        // 18-20 ms, for about 7 % fewer commands/s (docs/benchmarks.md, "Young pauses").
        command.add("-XX:MaxGCPauseMillis=10");
        command.add("-XX:MaxTenuringThreshold=2");
        if (!HeapLimit.chosenIn(chosen)) {
            command.addAll(heap.jvmOptions());
        }
        command.add("-D" + LAUNCHER + "=" + pid);
        command.addAll(thisJvm.subList(1, thisJvm.size()));
        return Optional.of(command);
    }

    /**
     * This JVM's command line as the operating system has it, its java first. Linux has it whole
     * in /proc; {@link ProcessHandle.Info#arguments()} is cut short on a long class path.
     */
    public static List<String> thisJvm() {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            byte[] line = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> argv = List.of(new String(line, StandardCharsets.UTF_8).split("\0"));
            command.addAll(argv.subList(1, argv.size()));
            return command;
        } catch (IOException | RuntimeException e) {
            Optional<String[]> arguments = ProcessHandle.current().info().arguments();
            if (arguments.isEmpty()) {
                return List.of();
            }
            command.addAll(List.of(arguments.get()));
            return command;
        }
    }

    /** {@code -Dtally.archive}, else the jar's name with {@code .aot} beside it. */
    public static Optional<Path> cache() {
        String chosen = System.getProperty(CACHE);
        if (chosen != null) {
            return "none".equals(chosen) || chosen.isBlank() ? Optional.empty()
                    : Optional.of(Path.of(chosen));
        }
        try {
            CodeSource source = Relaunch.class.getProtectionDomain().getCodeSource();
            Path jar = Path.of(source.getLocation().toURI());
            String name = jar.getFileName().toString();
            if (!name.endsWith(".jar") || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of(jar.resolveSibling(name.substring(0, name.length() - 4) + ".aot"));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Starts the child, waits for it, and returns its exit code. */
    public static int run(List<String> command) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "tally-launcher"));
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // nothing interrupts this thread on purpose; the child decides when we end
            }
        }
    }

    /** SIGTERM or Ctrl-C reached this process: the child gets SIGTERM and is waited for. */
    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** In the child: stops this JVM, through its shutdown hooks, once the launcher has gone. */
    public static void followLauncher() {
        String launcher = System.getProperty(LAUNCHER);
        if (launcher == null) {
            return;
        }
        Runnable orphaned = () -> {
            System.err.println("tally: the launching process " + launcher + " has ended; stopping");
            System.exit(1);
        };
        try {
            ProcessHandle.of(Long.parseLong(launcher)).ifPresentOrElse(
                    handle -> handle.onExit().thenRun(orphaned), orphaned);
        } catch (NumberFormatException e) {
            // not set by a launcher of ours: nothing to follow
        }
    }
}
