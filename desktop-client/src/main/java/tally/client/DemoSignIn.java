package tally.client;

/**
 * One of the users the {@code demo} mode seeds, handed to a console started in the same
 * process so that it offers them on its sign-in screen: a class starts without typing.
 */
public record DemoSignIn(String username, String password, String role) {

    /** Without the password: a demo's passwords are printed at start-up, never logged. */
    @Override
    public String toString() {
        return "DemoSignIn[" + username + " (" + role + ")]";
    }
}
