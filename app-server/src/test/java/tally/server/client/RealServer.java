package tally.server.client;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The whole Tally server in this JVM, on a data folder of its own; it can be restarted. */
final class RealServer implements AutoCloseable {
    private final Path data;
    private int port = -1;
    private EmbeddedServer server;

    RealServer() {
        try {
            data = Files.createTempDirectory("tally-console");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it: the first time on a free port, then on that same port and data again. */
    RealServer start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", port,
                "micronaut.server.host", "127.0.0.1",
                "tally.data", data.toString()));
        port = server.getPort();
        return this;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void stop() {
        ApplicationContext context = server.getApplicationContext();
        server.stop();
        if (context.isRunning()) {
            context.close();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
