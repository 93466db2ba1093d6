package tally.server.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import tally.server.TallyServer;

/** The whole server over HTTPS in this JVM; restarted on the same port, maybe with a new key. */
final class TlsServer implements AutoCloseable {
    private final Path data;
    private final String password;
    private int port = -1;
    private TallyServer server;

    TlsServer(Path data, String password) {
        this.data = data;
        this.password = password;
    }

    /** Starts with this keystore: the first time on a free port, then on that same port. */
    TlsServer start(Path keystore) {
        server = TallyServer.start(Map.of("tally.data", data.toString(),
                "micronaut.server.port", port, "micronaut.server.host", "127.0.0.1",
                "tally.tls.keystore", keystore.toString(),
                "tally.tls.keystore-password", password));
        port = server.port();
        return this;
    }

    URI uri() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
