package tally.client.session;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last user name signed in with, per server, so that a desk's operator types only the
 * password. Never a password: there is no method that could keep one.
 */
public interface UsernameMemory {

    Optional<String> recall(URI server);

    void remember(URI server, String username);

    /** Forgotten when the console closes: for tests, and a console that must leave no file. */
    static UsernameMemory inMemory() {
        Map<URI, String> names = new ConcurrentHashMap<>();
        return new UsernameMemory() {
            @Override
            public Optional<String> recall(URI server) {
                return Optional.ofNullable(names.get(server));
            }

            @Override
            public void remember(URI server, String username) {
                names.put(server, username);
            }
        };
    }
}
