package tally.client.orders;

import tally.client.api.ProblemDetails;
import tally.client.api.ProblemException;

/** A failed call, said as a sentence for the screen: the server's own words where it has them. */
final class PlainWords {
    private PlainWords() {
    }

    static String of(RuntimeException e) {
        if (e instanceof ProblemException p) {
            return of(p.problem());
        }
        return "No answer from the server (" + e.getMessage() + "). Try again.";
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

    static boolean notFound(RuntimeException e) {
        return e instanceof ProblemException p && p.problem().status() == 404;
    }
}
