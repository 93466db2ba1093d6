package tally.server.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** Test properties for a server of a test class's own. */
public final class OwnServer {
    private OwnServer() {
    }

    /**
     * An empty data folder and a free port: another build on this machine may hold 8080, the
     * port the defaults give.
     */
    public static Map<String, String> properties(String name) {
        try {
            return Map.of("tally.data", Files.createTempDirectory(name).toString(),
                    "micronaut.server.port", "-1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
