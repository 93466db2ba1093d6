package tally.client.api;

/**
 * What a screen says when a call got no answer, in the words of the command pane: plain, honest,
 * never an exception's class name or a library's wording. A command that never reached the
 * server was certainly not done, and the form still holds it; one whose connection broke after
 * it was sent may or may not have been, and the operator looks before trying again.
 */
public final class Unanswered {
    /** Nothing reached the server: the command was not done, and what was typed is kept. */
    public static final String NOT_SENT = "Not sent, the server did not answer; your command is"
            + " kept.";
    /** The connection broke after the command went out. */
    public static final String MAYBE_DONE = "No answer from the server: it may or may not have"
            + " been done; look again before you retry.";
    /** A query that got no answer. */
    public static final String NO_ANSWER = "No answer from the server.";
    private static final String UNREADABLE = "The server's answer could not be read.";

    private Unanswered() {
    }

    /** A command's failure other than the server's refusal (a {@link ProblemException}). */
    public static String command(RuntimeException e) {
        return switch (e) {
            case ServerUnreachable u -> u.notSent() ? NOT_SENT : MAYBE_DONE;
            case ServerNotTrusted t -> NOT_SENT + " " + t.getMessage();
            default -> UNREADABLE;
        };
    }

    /** A query's failure other than the server's refusal. */
    public static String query(RuntimeException e) {
        return switch (e) {
            case ServerUnreachable _ -> NO_ANSWER;
            case ServerNotTrusted t -> t.getMessage();
            default -> UNREADABLE;
        };
    }
}
