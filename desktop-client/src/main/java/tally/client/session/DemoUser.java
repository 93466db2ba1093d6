package tally.client.session;

/** A user the demo seeded, offered on the sign-in screen to sign in with one click. */
public record DemoUser(String username, String password, String role) {

    @Override
    public String toString() {
        return "DemoUser[" + username + " (" + role + ")]";
    }
}
