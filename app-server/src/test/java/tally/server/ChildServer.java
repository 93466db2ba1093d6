package tally.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real server in a child JVM, for what only another process can show: signals, locks. */
public final class ChildServer implements AutoCloseable {
    private final Process process;
    private final URI url;
    private final List<String> output;

    /**
     * C1 alone: a test's server lives seconds, and C2's compiler threads would take the cores its
     * clients and the test JVM need. Callers that pass their own options choose for themselves.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private ChildServer(Process process, URI url, List<String> output) {
        this.process = process;
        this.url = url;
        this.output = output;
    }

    public static ChildServer start(Path data, String... extra) throws IOException {
        return start(QUICK_START, data, extra);
    }

    /** With options for the JVM (before the main class) and for Tally (after it). */
    static ChildServer start(List<String> jvmOptions, Path data, String... extra)
            throws IOException {
        return start(jvmOptions, Map.of(), data, extra);
    }

    /** With variables added to the child's environment as well. */
    static ChildServer start(List<String> jvmOptions, Map<String, String> environment, Path data,
                             String... extra) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of(Tally.class.getName(), "server", "--port", "0", "--data",
                data.toString()));
        command.addAll(List.of(extra));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        var reader = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8));
        var listening = new CompletableFuture<URI>();
        var child = new ArrayList<String>();
        Thread pump = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    synchronized (child) {
                        child.add(line);
                    }
                    if (line.startsWith("Tally listening on ")) {
                        listening.complete(URI.create(line.substring(19).trim()));
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
            listening.completeExceptionally(new IllegalStateException("child ended: " + child));
        }, "child-server-output");
        pump.setDaemon(true);
        pump.start();
        try {
            // 3 s on a quiet machine; 35 s was seen at load 35 (several builds on 2 cores), and
            // over 120 s at load 30 for a launcher and its relaunched child (RelaunchProcessTest).
            return new ChildServer(p, listening.get(300, TimeUnit.SECONDS), child);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("child server did not start: " + child, e);
        }
    }

    public URI url() {
        return url;
    }

    public Process process() {
        return process;
    }

    /** What the child has printed so far, stdout and stderr together. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** SIGTERM, as a service manager or Ctrl-C would; returns the milliseconds it took to end. */
    long terminate() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("server did not stop within 30 s of SIGTERM");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
