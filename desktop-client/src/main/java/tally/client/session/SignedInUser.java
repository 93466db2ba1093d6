package tally.client.session;

import java.util.List;
import tally.client.api.WireShapes.Session;

/** Who is signed in at this console, as the server's answer to signing in said. */
public record SignedInUser(String username, String displayName, List<String> roles,
                           String expiresAt) {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    static SignedInUser of(Session session) {
        return new SignedInUser(session.username(), session.displayName(), session.roles(),
                session.expiresAt());
    }

    public boolean may(Duty duty) {
        return duty.allows(roles);
    }

    /** E.g. "Olga Berg (operator, supervisor)"; the user name when there is no display name. */
    public String describe() {
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        return name + " (" + String.join(", ", roles) + ")";
    }
}
