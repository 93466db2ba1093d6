package tally.users.access;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import tally.users.Sessions;
import tally.users.SignInGuard;
import tally.users.UserClock;
import tally.users.UserAccounts;
import tally.users.UserStore;
import tally.users.h2.H2UserStore;
import tally.users.postgres.PostgresUserStore;

/**
 * The users of this process: their store (the data folder's, or the site's shared one), opened
 * at start-up (not on the first
 * sign-in), and what works on it. The time is a bean so that tests can move it on.
 */
@Factory
class AccessFactory {
    private static final String PASSWORD_VARIABLE = "TALLY_STORE_PASSWORD";

    @Singleton
    UserClock userClock() {
        return UserClock.system();
    }

    /**
     * The H2 file in the data folder, or, when the event log is in PostgreSQL
     * ({@code tally.store.*}, docs/scale.md), the users store in the same database, shared by
     * every node. The password as for the log: the environment's wins over the settings file's.
     */
    @Context
    @Bean(preDestroy = "close")
    UserStore userStore(@Value("${tally.data:tally-data}") String data,
                        @Value("${tally.store.url:}") String storeUrl,
                        @Value("${tally.store.username:}") String username,
                        @Value("${tally.store.password:}") String password) {
        if (storeUrl == null || storeUrl.isBlank()) {
            return H2UserStore.open(Path.of(data));
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        return PostgresUserStore.open(storeUrl.strip(), blankToNull(username),
                fromEnvironment != null ? fromEnvironment : blankToNull(password));
    }

    /** On a shared store only: the re-check that brings other nodes' changes to this one. */
    @Context
    @Bean(preDestroy = "close")
    SharedStoreRecheck sharedStoreRecheck(UserStore store, UserAccounts accounts,
            @Value("${tally.users.recheck-millis:2000}") long recheckMillis) {
        if (recheckMillis < 100) {
            throw new IllegalArgumentException("tally.users.recheck-millis must be at least 100,"
                    + " not " + recheckMillis);
        }
        return new SharedStoreRecheck(store.shared() ? accounts : null,
                Duration.ofMillis(recheckMillis));
    }

    @Singleton
    SignInGuard signInGuard(UserClock time) {
        return new SignInGuard(time);
    }

    @Singleton
    Sessions sessions(UserStore store, UserClock time,
                      @Value("${tally.security.session-hours:12}") int sessionHours) {
        if (sessionHours < 1) {
            throw new IllegalArgumentException("tally.security.session-hours must be at least 1,"
                    + " not " + sessionHours);
        }
        return new Sessions(store, time, Duration.ofHours(sessionHours));
    }

    @Context
    UserAccounts userAccounts(UserStore store, Sessions sessions, SignInGuard guard,
                              UserClock time) {
        return new UserAccounts(store, sessions, guard, time);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
