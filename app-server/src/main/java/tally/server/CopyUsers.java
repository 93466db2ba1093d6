package tally.server;

import java.nio.file.Path;
import java.time.Instant;
import tally.users.StoredUser;
import tally.users.h2.H2UserStore;
import tally.users.postgres.PostgresUserStore;

/**
 * The users of a single-machine site copied into the shared PostgreSQL store, for
 * {@code copy-log}: with {@code --store} every node signs its users in from there, so a moved
 * site's users must be there too (names, password hashes, roles, enabled; sessions are not
 * copied: everyone signs in again). A name the store already holds is left as it is there, so
 * a copy-log run again after a failure does not fail on the users it copied the first time.
 */
final class CopyUsers {
    /** How many users were copied, and how many names the store already held. */
    record Copied(int copied, int kept) {
    }

    private CopyUsers() {
    }

    static Copied copy(Path site, StoreSettings.Postgres target) {
        int copied = 0;
        int kept = 0;
        try (var from = H2UserStore.open(site);
             var into = PostgresUserStore.open(target.url(), target.username(),
                     target.password())) {
            Instant now = Instant.now();
            for (StoredUser user : from.users()) {
                if (into.insert(user, now)) {
                    copied++;
                } else {
                    kept++;
                }
            }
        }
        return new Copied(copied, kept);
    }
}
