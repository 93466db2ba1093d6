package tally.client.orders;

import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;
import tally.client.api.Unanswered;

/** A failed call, said as a sentence for the screen: the server's own words where it has them. */
final class PlainWords {
    private PlainWords() {
    }

    /** A command's failure: the server's words, or that no answer came (never a class name). */
    static String of(RuntimeException e) {
        if (e instanceof ProblemException p) {
            return of(p.problem());
        }
        return Unanswered.command(e);
    }

    /** "Not cancelled: " and the server's words; when no answer came, only that. */
    static String refusal(String notDone, RuntimeException e) {
        return e instanceof ProblemException ? notDone + of(e) : of(e);
    }

    /** A query's failure: the server's words, or "No answer from the server." */
    static String ofQuery(RuntimeException e) {
        return e instanceof ProblemException p ? of(p.problem()) : Unanswered.query(e);
    }

    static String of(ProblemDetails problem) {
        String detail = problem.detail();
        if (detail == null || detail.isBlank()) {
            detail = problem.title() == null ? "HTTP " + problem.status() : problem.title();
        }
        return sentence(detail);
    }

    /** "no product SKU-9 is registered" reads "No product SKU-9 is registered." */
    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** Loading an order failed: "No order SO-9." when there is none, else why. */
    static String noOrder(String orderId, RuntimeException e) {
        return notFound(e) ? "No order " + orderId + "." : ofQuery(e);
    }

    static boolean notFound(RuntimeException e) {
        return e instanceof ProblemException p && p.problem().status() == 404;
    }
}
