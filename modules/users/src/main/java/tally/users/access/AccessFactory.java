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

/**
 * The users of this process: their store in the data folder, opened at start-up (not on the first
 * sign-in), and what works on it. The time is a bean so that tests can move it on.
 */
@Factory
class AccessFactory {

    @Singleton
    UserClock userClock() {
        return UserClock.system();
    }

    @Context
    @Bean(preDestroy = "close")
    UserStore userStore(@Value("${tally.data:tally-data}") String data) {
        return H2UserStore.open(Path.of(data));
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
}
