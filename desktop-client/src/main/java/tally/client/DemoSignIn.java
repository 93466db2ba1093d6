package tally.client;

/** One of the demo's users, handed to a console started in the same process to offer them. */
public record DemoSignIn(String username, String password, String role) {
}
