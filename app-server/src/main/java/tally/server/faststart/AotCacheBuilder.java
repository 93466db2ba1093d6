package tally.server.faststart;

import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the AOT cache (JEP 483/514/515) that {@link Relaunch} hands to the server's JVM: one
 * training run of the jar under {@code -XX:AOTCacheOutput}, on a scratch data folder, that serves
 * a request of each kind ({@link TrainingTraffic}), then seconds of the benchmark's load
 * ({@link TrainingLoad}), and is stopped with SIGTERM the way a real run ends; the JVM then
 * assembles the cache from what it saw (classes loaded and linked, lambdas and string
 * concatenations resolved, method profiles, those of a warm server thanks to the load).
 * {@code package} runs it; a cache fits only the Java that made it and the jar where it was
 * made, so on another Java run {@code java -cp tally.jar
 * tally.server.faststart.AotCacheBuilder tally.jar tally.aot [SECONDS]} there.
 */
final class AotCacheBuilder {
    private static final long START_SECONDS = 300;
    /** Seconds of {@link TrainingLoad} by default: measured in docs/benchmarks.md. */
    static final int LOAD_SECONDS = 15;

    private AotCacheBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3
                || args.length == 3 && !args[2].matches("[0-9]{1,3}")) {
            System.err.println("usage: AotCacheBuilder JAR CACHE [SECONDS of training load,"
                    + " default " + LOAD_SECONDS + "]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath().normalize();
        Path cache = Path.of(args[1]).toAbsolutePath().normalize();
        var load = Duration.ofSeconds(args.length == 3 ? Integer.parseInt(args[2]) : LOAD_SECONDS);
        long started = System.nanoTime();
        long requests = build(jar, cache, load);
        System.out.printf("AOT cache %s: %d MiB in %d s, trained on %,d requests (%d s of load)%n",
                cache, Files.size(cache) >> 20,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), requests,
                load.toSeconds());
    }

    static long build(Path jar, Path cache, Duration load)
            throws IOException, InterruptedException {
        checkServiceIndex(jar);
        Path partial = cache.resolveSibling(cache.getFileName() + ".part");
        Files.deleteIfExists(partial);
        Path data = Files.createTempDirectory("tally-training");
        try {
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:AOTCacheOutput=" + partial, "-Djava.awt.headless=true"));
            // The server's default heap: the cache's objects then fit its pointer encoding as
            // they are, and are not patched at every start (a heap over 4 GiB encodes them
            // shifted, one under 4 GiB not).
            command.addAll(HeapLimit.DEFAULT.jvmOptions());
            command.addAll(List.of("-jar", jar.toString(), "server", "--port", "0", "--data",
                    data.toString()));
            Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
            Deque<String> output = new ArrayDeque<>();
            URI url = listeningUrl(server, output);
            long requests = TrainingTraffic.serve(url, load);
            // SIGTERM through the handle: Process.destroy would also close the output pipe, and
            // the AOT cache's assembly, a child of the training run writing to it, die of SIGPIPE.
            server.toHandle().destroy();
            if (!server.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                throw new IllegalStateException("the training run did not stop: " + output);
            }
            if (!Files.isRegularFile(partial)) {
                throw new IllegalStateException("the training run wrote no AOT cache: " + output);
            }
            Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return requests;
        } finally {
            Files.deleteIfExists(partial);
            // The training run's record for the assembly; the JVM removes it unless that failed.
            Files.deleteIfExists(partial.resolveSibling(partial.getFileName() + ".config"));
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The jar runs with {@link ServiceIndex} instead of Micronaut's scan of META-INF/micronaut:
     * both must find the same. (The services files are read the same way by both.)
     */
    static void checkServiceIndex(Path jar) throws IOException {
        Map<String, Set<String>> scanned;
        try (var jarOnly = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            scanned = MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(jarOnly);
        }
        var indexed = new HashMap<String, Set<String>>();
        ServiceIndex.list(jar).micronaut().forEach((service, names) ->
                indexed.put(service, new HashSet<>(names)));
        if (!indexed.equals(new HashMap<>(scanned))) {
            throw new IllegalStateException("the service index of " + jar
                    + " differs from Micronaut's scan: " + indexed + " against " + scanned);
        }
    }

    /** Reads the server's output until it listens; the rest is kept short, for a failure. */
    private static URI listeningUrl(Process server, Deque<String> output)
            throws InterruptedException {
        var listening = new CompletableFuture<URI>();
        Thread pump = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    synchronized (output) {
                        output.addLast(line);
                        if (output.size() > 40) {
                            output.removeFirst();
                        }
                    }
                    if (line.startsWith("Tally listening on ")) {
                        listening.complete(URI.create(line.substring(19).trim()));
                    }
                }
            } catch (IOException e) {
                // the server has gone; reported below
            }
            listening.completeExceptionally(new IllegalStateException("the training run ended"));
        }, "aot-training-output");
        pump.setDaemon(true);
        pump.start();
        try {
            return listening.get(START_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.destroyForcibly();
            synchronized (output) {
                throw new IllegalStateException("the training run did not start: " + output, e);
            }
        }
    }
}
