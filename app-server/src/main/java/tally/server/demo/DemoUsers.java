package tally.server.demo;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tally.client.DemoSignIn;
import tally.users.Role;
import tally.users.UserAccounts;

/**
 * The demo's four users, one per role (docs/api.md, "Signing in"; the trainer is an operator
 * too), so that a class starts at once. Each start gives them fresh passwords and prints them: a password is kept nowhere but as
 * its hash, so last time's cannot be printed again, and none is written into the code either,
 * where anyone reaching a demo on the network would know it.
 */
public final class DemoUsers {
    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoUsers() {
    }

    /**
     * Adds the four users where missing, sets each a new password (and the roles below, should
     * an older demo have given others), prints them all.
     */
    public static List<DemoSignIn> seed(UserAccounts accounts, PrintStream out) {
        var signIns = new ArrayList<DemoSignIn>();
        for (Role role : new Role[] {Role.ADMIN, Role.SUPERVISOR, Role.OPERATOR, Role.TRAINER}) {
            String username = role.wireName();
            String password = newPassword();
            Set<Role> roles = rolesOf(role);
            var existing = accounts.find(username);
            if (existing.isPresent()) {
                accounts.resetPassword(username, password);
                if (!existing.get().roles().equals(roles)) {
                    accounts.update(username, null, roles, null);
                }
            } else {
                accounts.add(username, password, "Demo " + username, roles);
            }
            signIns.add(new DemoSignIn(username, password, username));
        }
        out.println("Demo users, passwords for this run only:");
        signIns.forEach(s -> out.printf("  %-10s %s%n", s.username(), s.password()));
        return List.copyOf(signIns);
    }

    /**
     * Each demo user's roles: its own, and for the trainer the operator's too, since a trainer
     * shows the class commands (the stale-screen lesson has the trainer's own receipt refused).
     */
    static Set<Role> rolesOf(Role role) {
        return role == Role.TRAINER ? Set.of(Role.TRAINER, Role.OPERATOR) : Set.of(role);
    }

    /** Three groups of four, easy to read out to a class: about 59 bits. */
    static String newPassword() {
        var text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return text.toString();
    }
}
