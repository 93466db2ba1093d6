package tally.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tally.eventstore.postgres.TestPostgres;
import tally.users.postgres.PostgresUserStore;

/**
 * Two nodes' accounts on one PostgreSQL store: a token is good on both at once, and what one
 * node ends or changes holds on the other after its re-check (the timer's work, called here).
 */
class SharedUsersOnTwoNodesTest {
    private final TestClock clock = new TestClock();
    private UserStore storeA;
    private UserStore storeB;
    private UserAccounts nodeA;
    private UserAccounts nodeB;

    @BeforeEach
    void twoNodes() {
        String url = TestPostgres.server().freshDatabase();
        storeA = PostgresUserStore.open(url, TestPostgres.server().user(), null);
        storeB = PostgresUserStore.open(url, TestPostgres.server().user(), null);
        nodeA = node(storeA);
        nodeA.setUp("root", "root-password", null);
        nodeA.add("ola", "ola-password", null, Set.of(Role.OPERATOR));
        nodeB = node(storeB);
    }

    private UserAccounts node(UserStore store) {
        return new UserAccounts(store, new Sessions(store, clock, Duration.ofHours(12)),
                new SignInGuard(clock), clock);
    }

    @AfterEach
    void close() {
        storeA.close();
        storeB.close();
    }

    @Test
    void a_token_from_one_node_is_good_on_the_other_at_once() {
        String token = nodeA.signIn("ola", "ola-password").session().token();
        assertThat(nodeB.accountOf(token)).map(UserAccount::username).hasValue("ola");
        assertThat(nodeB.accountOf("not-a-token")).isEmpty();
    }

    @Test
    void a_token_of_a_user_added_on_the_other_node_since_this_one_started_is_good_at_once() {
        nodeA.add("nils", "nils-password", null, Set.of(Role.OPERATOR));
        String token = nodeA.signIn("nils", "nils-password").session().token();
        assertThat(nodeB.accountOf(token)).map(UserAccount::username).hasValue("nils");
    }

    @Test
    void setup_on_one_node_closes_it_on_a_node_that_started_before() {
        String url = TestPostgres.server().freshDatabase();
        try (var first = PostgresUserStore.open(url, TestPostgres.server().user(), null);
             var second = PostgresUserStore.open(url, TestPostgres.server().user(), null)) {
            UserAccounts one = node(first);
            UserAccounts other = node(second); // both started on an empty store
            one.setUp("root", "root-password", null);
            assertThat(other.hasUsers()).isTrue();
            assertThatThrownBy(() -> other.setUp("other", "other-password", null))
                    .isInstanceOfSatisfying(UserProblem.class,
                            p -> assertThat(p.slug()).isEqualTo("setup-closed"));
        }
    }

    @Test
    void a_user_added_on_one_node_signs_in_on_the_other_at_once() {
        nodeA.add("kari", "kari-password", null, Set.of(Role.SUPERVISOR));
        String token = nodeB.signIn("kari", "kari-password").session().token();
        assertThat(nodeA.accountOf(token)).map(UserAccount::username).hasValue("kari");
    }

    @Test
    void a_sign_out_on_one_node_holds_on_the_other_after_its_recheck() {
        String token = nodeA.signIn("ola", "ola-password").session().token();
        assertThat(nodeB.accountOf(token)).isPresent();
        nodeA.signOut(token);
        nodeB.recheck();
        assertThat(nodeB.accountOf(token)).isEmpty();
    }

    @Test
    void disabling_and_roles_on_one_node_hold_on_the_other_after_its_recheck() {
        String ola = nodeA.signIn("ola", "ola-password").session().token();
        String root = nodeB.signIn("root", "root-password").session().token();
        nodeA.update("root", null, Set.of(Role.ADMIN, Role.SUPERVISOR), null);
        nodeA.update("ola", null, null, false);
        nodeB.recheck();
        assertThat(nodeB.accountOf(ola)).isEmpty();
        assertThat(nodeB.accountOf(root)).map(UserAccount::roles).hasValue(
                Set.of(Role.ADMIN, Role.SUPERVISOR));
        assertThatRefused(() -> nodeB.signIn("ola", "ola-password"));
    }

    @Test
    void a_password_changed_on_one_node_ends_the_other_nodes_sessions_after_its_recheck() {
        String onB = nodeB.signIn("ola", "ola-password").session().token();
        nodeA.resetPassword("ola", "new-ola-password");
        nodeB.recheck();
        assertThat(nodeB.accountOf(onB)).isEmpty();
        assertThat(nodeB.signIn("ola", "new-ola-password").account().username()).isEqualTo("ola");
    }

    private static void assertThatRefused(Runnable signIn) {
        assertThatThrownBy(signIn::run)
                .isInstanceOfSatisfying(UserProblem.class,
                        p -> assertThat(p.status()).isEqualTo(401));
    }
}
