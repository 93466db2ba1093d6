package tally.client.session;

import java.net.URI;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;

/** Why signing in did not work, in the words an operator at the desk needs. */
final class SignInRefusals {
    private SignInRefusals() {
    }

    static String say(URI server, RuntimeException failure) {
        if (failure instanceof ServerUnreachable) {
            return "Cannot reach the server at " + server + " (" + failure.getMessage()
                    + "). Check that it is running and that the address is right.";
        }
        if (!(failure instanceof ProblemException p)) {
            return "Not signed in: " + failure.getMessage();
        }
        return switch (p.problem().status()) {
            case 401 -> "Wrong user name or password.";
            case 429 -> "Too many tries: wait " + p.retryAfterSeconds().orElse(60)
                    + " s, then try again.";
            case 404 -> "The server at " + server + " does not know signing in (it answered 404):"
                    + " it is older than this console.";
            default -> "Not signed in: " + (p.problem().title() == null ? "HTTP "
                    + p.problem().status() : p.problem().title())
                    + (p.problem().detail() == null ? "" : " — " + p.problem().detail());
        };
    }
}
