package tally.client.paper;

import java.io.UncheckedIOException;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;

/** What came of a save or a print, in one line. */
final class PaperWords {
    static final String NO_PRINTER = "No printer on this computer: use Save as PDF… instead.";

    private PaperWords() {
    }

    static String pages(int count) {
        return count + (count == 1 ? " page" : " pages");
    }

    /** A failure as a sentence: the server's words, or what went wrong here. */
    static String of(RuntimeException e) {
        if (e instanceof ProblemException p) {
            String detail = p.problem().detail();
            return sentence(detail == null || detail.isBlank() ? p.problem().title() : detail);
        }
        if (e instanceof ServerUnreachable) {
            return "the server did not answer. Try again.";
        }
        if (e instanceof UncheckedIOException io) {
            return "the file could not be written (" + io.getMessage() + ").";
        }
        return sentence(String.valueOf(e.getMessage()));
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.endsWith(".") ? t : t + ".";
    }
}
