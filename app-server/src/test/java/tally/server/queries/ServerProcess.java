package tally.server.queries;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tally.server.openapi.TestSignIn;

/** A child JVM on this test's class path, its output read line by line. */
final class ServerProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<URI, String> BEARERS = new ConcurrentHashMap<>();

    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    ServerProcess(Path stderr, String mainClass, String... args) throws IOException {
        // C1 alone: the child lives seconds, and C2 would take the cores the test needs.
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        var reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process died: that is what some tests do
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** The first line starting with {@code prefix}, waiting up to {@code within}. */
    String awaitLine(String prefix, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive()) {
                throw new AssertionError("child exited with " + process.exitValue());
            }
        }
        throw new AssertionError("no line '" + prefix + "...' within " + within);
    }

    /** A query, signed in as the test user (once per server). */
    static Object get(URI uri) throws IOException, InterruptedException {
        String bearer = BEARERS.computeIfAbsent(uri.resolve("/"), TestSignIn::bearer);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
                .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(uri + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readValue(response.body(), Object.class);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
