package tally.users;

import java.util.EnumSet;
import java.util.Set;

/** A user as anyone may see it: never its password hash. */
public record UserAccount(String username, String displayName, Set<Role> roles,
                          boolean enabled) {
    public UserAccount {
        roles = Set.copyOf(roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
