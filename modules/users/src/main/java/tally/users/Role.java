package tally.users;

import java.util.Locale;
import java.util.Optional;

/** What a user may do (docs/api.md, "Signing in"); on the wire, the lower-case name. */
public enum Role {
    OPERATOR, SUPERVISOR, TRAINER, ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofWireName(String text) {
        for (Role role : values()) {
            if (role.wireName().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
