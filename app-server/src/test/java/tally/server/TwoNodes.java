package tally.server;

import java.io.IOException;
import java.nio.file.Path;
import tally.eventstore.postgres.TestPostgres;

/**
 * Two nodes of one site (issue 17): each the real server in its own JVM ({@link ChildServer})
 * with its own data folder, both on one fresh PostgreSQL database ({@code store}, as
 * {@code --store} takes it: for a node started again). Closing kills both.
 */
record TwoNodes(String store, ChildServer a, ChildServer b) implements AutoCloseable {

    static TwoNodes onFreshPostgres(Path dataA, Path dataB) throws IOException {
        String store = TestPostgres.server().freshStore();
        ChildServer a = ChildServer.start(dataA, "--store", store);
        try {
            return new TwoNodes(store, a, ChildServer.start(dataB, "--store", store));
        } catch (IOException | RuntimeException e) {
            a.close(); // B did not start: A must not outlive the test
            throw e;
        }
    }

    @Override
    public void close() {
        b.close();
        a.close();
    }
}
