package tally.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.users.h2.H2UserStore;

/** The contract on one node's H2 file in a temporary folder. */
class UserAccountsOnH2Test extends UserAccountsContract {
    @TempDir
    Path data;

    @Override
    protected UserStore reopen() {
        return H2UserStore.open(data);
    }

    @Test
    void on_one_node_an_unknown_token_is_refused_without_asking_the_store() {
        try (var store = new Counting(H2UserStore.open(data))) {
            var sessions = new Sessions(store, clock, Duration.ofHours(12));
            assertThat(sessions.usernameOf("not-a-token")).isEmpty();
            assertThat(store.lookups.get()).as("a token check stays a hash and a map lookup")
                    .isZero();
        }
    }

    /** The H2 store, counting the lookups of one session. */
    private record Counting(UserStore store, AtomicInteger lookups) implements UserStore {
        Counting(UserStore store) {
            this(store, new AtomicInteger());
        }

        @Override
        public Optional<StoredSession> session(String tokenHash, Instant now) {
            lookups.incrementAndGet();
            return store.session(tokenHash, now);
        }

        @Override
        public List<StoredUser> users() {
            return store.users();
        }

        @Override
        public Optional<StoredUser> user(String username) {
            return store.user(username);
        }

        @Override
        public boolean insert(StoredUser user, Instant now) {
            return store.insert(user, now);
        }

        @Override
        public void update(StoredUser user) {
            store.update(user);
        }

        @Override
        public void saveSession(StoredSession session) {
            store.saveSession(session);
        }

        @Override
        public void deleteSession(String tokenHash) {
            store.deleteSession(tokenHash);
        }

        @Override
        public void deleteSessionsOf(String username, String keptTokenHash) {
            store.deleteSessionsOf(username, keptTokenHash);
        }

        @Override
        public List<StoredSession> liveSessions(Instant now) {
            return store.liveSessions(now);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
