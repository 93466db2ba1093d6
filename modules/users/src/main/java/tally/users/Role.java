package tally.users;

import java.util.Locale;
import java.util.Optional;

/** What a user may do (docs/api.md, "Signing in"); on the wire, the lower-case name. */
public enum Role {
    OPERATOR, SUPERVISOR, TRAINER, ADMIN;

    /** Kept, not made again: every signed-in request names its user's roles. */
    private final String wireName = name().toLowerCase(Locale.ROOT);

    public String wireName() {
        return wireName;
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
