package tally.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInGuardTest {
    private final TestClock clock = new TestClock();
    private final SignInGuard guard = new SignInGuard(clock);

    private void wrong(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(guard.attempt(username, () -> false)).isFalse();
        }
    }

    @Test
    void five_wrong_tries_refuse_the_name_for_60_seconds_even_with_the_right_password() {
        wrong("ann", 5);
        assertThatThrownBy(() -> guard.attempt("ann", () -> true))
                .isInstanceOfSatisfying(UserProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(429);
                    assertThat(p.retryAfterSeconds()).isEqualTo(60);
                });
        clock.advance(Duration.ofMillis(59_500));
        assertThatThrownBy(() -> guard.attempt("ann", () -> true))
                .isInstanceOfSatisfying(UserProblem.class,
                        p -> assertThat(p.retryAfterSeconds()).isEqualTo(1));
        clock.advance(Duration.ofMillis(500));
        assertThat(guard.attempt("ann", () -> true)).isTrue();
    }

    @Test
    void a_right_password_forgives_the_wrong_ones_before_it() {
        wrong("bob", 4);
        assertThat(guard.attempt("bob", () -> true)).isTrue();
        wrong("bob", 4);
        assertThat(guard.attempt("bob", () -> true)).isTrue();
    }

    @Test
    void a_locked_name_is_not_even_checked_and_other_names_are_not_locked() {
        wrong("cy", 5);
        assertThatThrownBy(() -> guard.attempt("cy", () -> {
            throw new AssertionError("checked while locked");
        })).isInstanceOf(UserProblem.class);
        assertThat(guard.attempt("dee", () -> true)).isTrue();
    }

    @Test
    void after_a_lockout_five_more_wrong_tries_are_needed_to_lock_again() {
        wrong("eve", 5);
        clock.advance(Duration.ofSeconds(60));
        wrong("eve", 4);
        assertThat(guard.attempt("eve", () -> true)).isTrue();
    }
}
