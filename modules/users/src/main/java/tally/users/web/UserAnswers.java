package tally.users.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import tally.users.Role;
import tally.users.UserAccount;
import tally.users.UserAccounts.SignedIn;

/** The JSON answers of /api/setup, /api/sessions and /api/users: never a hash or a password. */
final class UserAnswers {
    private UserAnswers() {
    }

    @Serdeable
    record UserItem(String username, String displayName, List<String> roles, boolean enabled) {
        static UserItem of(UserAccount a) {
            return new UserItem(a.username(), a.displayName(), roleNames(a), a.enabled());
        }
    }

    @Serdeable
    record UserItems(List<UserItem> items) {
    }

    @Serdeable
    record SetupDone(String username, List<String> roles) {
        static SetupDone of(UserAccount a) {
            return new SetupDone(a.username(), roleNames(a));
        }
    }

    @Serdeable
    record SessionStarted(String token, String username, String displayName, List<String> roles,
                          String expiresAt) {
        static SessionStarted of(SignedIn s) {
            UserAccount a = s.account();
            return new SessionStarted(s.session().token(), a.username(), a.displayName(),
                    roleNames(a), timestamp(s.session().expiresAt()));
        }

        @Override
        public String toString() {
            return "SessionStarted[" + username + "]"; // the token stays out of any log line
        }
    }

    static List<String> roleNames(UserAccount a) {
        return a.roles().stream().sorted().map(Role::wireName).toList();
    }

    static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
