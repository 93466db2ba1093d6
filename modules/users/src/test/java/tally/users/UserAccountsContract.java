package tally.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Users and sessions against a real store: each engine's test opens its own (the same place
 * each time {@link #reopen()} is called, as a restart would).
 */
abstract class UserAccountsContract {
    protected final TestClock clock = new TestClock();
    private UserStore store;

    /** A new store on the same place as the last one. */
    protected abstract UserStore reopen();

    private UserAccounts open() {
        if (store != null) {
            store.close();
        }
        store = reopen();
        return new UserAccounts(store, new Sessions(store, clock, Duration.ofHours(12)),
                new SignInGuard(clock), clock);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void setup_makes_the_first_user_with_every_role_and_only_once() {
        var accounts = open();
        assertThat(accounts.setUp("root", "root-password", null).roles())
                .containsExactlyInAnyOrder(Role.values());
        assertThatThrownBy(() -> accounts.setUp("two", "two-password", null))
                .isInstanceOfSatisfying(UserProblem.class,
                        p -> assertThat(p.slug()).isEqualTo("setup-closed"));
    }

    @Test
    void a_session_lasts_its_hours_and_survives_reopening_the_store() {
        var accounts = open();
        accounts.add("ola", "ola-password", "Ola", Set.of(Role.OPERATOR));
        String token = accounts.signIn("ola", "ola-password").session().token();
        assertThat(open().accountOf(token)).map(UserAccount::username).hasValue("ola");
        clock.advance(Duration.ofHours(12));
        assertThat(open().accountOf(token)).isEmpty();
    }

    @Test
    void signing_out_and_disabling_end_sessions_at_once() {
        var accounts = open();
        accounts.setUp("root", "root-password", null);
        accounts.add("ola", "ola-password", null, Set.of(Role.OPERATOR));
        String first = accounts.signIn("ola", "ola-password").session().token();
        String second = accounts.signIn("ola", "ola-password").session().token();
        accounts.signOut(first);
        assertThat(accounts.accountOf(first)).isEmpty();
        assertThat(accounts.accountOf(second)).isPresent();
        accounts.update("ola", null, null, false);
        assertThat(accounts.accountOf(second)).isEmpty();
        accounts.update("ola", null, null, true);
        assertThat(accounts.accountOf(second)).as("a re-enabled user signs in anew").isEmpty();
    }

    @Test
    void the_store_keeps_hashes_of_passwords_and_tokens_never_the_things_themselves() {
        var accounts = open();
        accounts.add("ola", "ola-password", null, Set.of(Role.OPERATOR));
        String token = accounts.signIn("ola", "ola-password").session().token();
        var kept = store.user("ola").orElseThrow();
        assertThat(kept.passwordHash()).startsWith("$argon2id$").doesNotContain("ola-password");
        assertThat(kept.toString()).doesNotContain(kept.passwordHash());
        assertThat(store.liveSessions(clock.instant())).singleElement()
                .satisfies(s -> assertThat(s.tokenHash()).isEqualTo(Sessions.hashOf(token))
                        .isNotEqualTo(token));
    }

    @Test
    void a_wrong_password_and_an_unknown_or_disabled_name_are_the_same_refusal() {
        var accounts = open();
        accounts.setUp("root", "root-password", null);
        accounts.add("ola", "ola-password", null, Set.of(Role.OPERATOR));
        accounts.update("ola", null, null, false);
        for (String[] tried : new String[][] {{"root", "wrong-password"},
                {"nobody", "root-password"}, {"ola", "ola-password"}, {"Not A Name", "x"}}) {
            assertThatThrownBy(() -> accounts.signIn(tried[0], tried[1]))
                    .isInstanceOfSatisfying(UserProblem.class, p -> {
                        assertThat(p.status()).isEqualTo(401);
                        assertThat(p.getMessage()).isEqualTo("wrong username or password");
                    });
        }
    }

    @Test
    void the_last_enabled_admin_stays_one() {
        var accounts = open();
        accounts.setUp("root", "root-password", null);
        assertThatThrownBy(() -> accounts.update("root", null, Set.of(Role.OPERATOR), null))
                .isInstanceOfSatisfying(UserProblem.class,
                        p -> assertThat(p.slug()).isEqualTo("last-admin"));
        accounts.add("second", "second-password", null, Set.of(Role.ADMIN));
        assertThat(accounts.update("root", null, null, false).enabled()).isFalse();
    }

    @Test
    void bad_values_are_named_field_by_field_and_a_taken_name_is_refused() {
        var accounts = open();
        assertThatThrownBy(() -> accounts.add("Bad Name", "short", " ", Set.of()))
                .isInstanceOfSatisfying(UserProblem.class, p -> assertThat(p.errors())
                        .extracting(FieldError::field)
                        .containsExactly("username", "password", "displayName", "roles"));
        accounts.add("ola", "ola-password", null, Set.of(Role.OPERATOR));
        assertThatThrownBy(() -> accounts.add("ola", "ola-password", null, Set.of(Role.ADMIN)))
                .isInstanceOfSatisfying(UserProblem.class,
                        p -> assertThat(p.slug()).isEqualTo("username-taken"));
    }
}
