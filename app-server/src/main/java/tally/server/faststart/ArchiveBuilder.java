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
import java.util.ArrayDeque;
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
 * Builds the class-data archive that {@link Relaunch} hands to the server's JVM: one run of the
 * jar under {@code -XX:ArchiveClassesAtExit}, on a scratch data folder, that serves a request of
 * each kind ({@link ArchiveTraffic}) and is stopped with SIGTERM the way a real run ends, so the
 * archive holds the classes of starting, serving and stopping. {@code package} runs it; an archive
 * fits only the Java that made it and the jar where it was made, so on another Java run
 * {@code java -cp tally.jar tally.server.faststart.ArchiveBuilder tally.jar tally.jsa}
 * there.
 */
final class ArchiveBuilder {
    private static final long START_SECONDS = 300;

    private ArchiveBuilder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ArchiveBuilder JAR ARCHIVE");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath().normalize();
        Path archive = Path.of(args[1]).toAbsolutePath().normalize();
        long started = System.nanoTime();
        build(jar, archive);
        System.out.printf("class-data archive %s: %d MiB in %d s%n", archive,
                Files.size(archive) >> 20,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    static void build(Path jar, Path archive) throws IOException, InterruptedException {
        checkServiceIndex(jar);
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        Files.deleteIfExists(partial);
        Path data = Files.createTempDirectory("tally-archive");
        try {
            Process server = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:ArchiveClassesAtExit=" + partial, "-Djava.awt.headless=true",
                    "-jar", jar.toString(), "server", "--port", "0", "--data", data.toString()))
                    .redirectErrorStream(true).start();
            Deque<String> output = new ArrayDeque<>();
            URI url = listeningUrl(server, output);
            ArchiveTraffic.serve(url);
            server.destroy();
            if (!server.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                throw new IllegalStateException("the training run did not stop: " + output);
            }
            if (!Files.isRegularFile(partial)) {
                throw new IllegalStateException("the training run wrote no archive: " + output);
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
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
        }, "archive-training-output");
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
