package tally.client.csv;

import java.io.UncheckedIOException;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;

/** A failed export or import, said as a sentence: the server's words, or what went wrong. */
final class CsvWords {
    private CsvWords() {
    }

    static String of(RuntimeException e) {
        if (e instanceof ProblemException p) {
            String detail = p.problem().detail();
            return sentence(detail == null || detail.isBlank() ? p.problem().title() : detail);
        }
        if (e instanceof ServerUnreachable) {
            return "the server did not answer; nothing was sent. Try again.";
        }
        if (e instanceof UncheckedIOException io) {
            return "the file could not be written or read (" + io.getMessage() + ").";
        }
        return sentence(String.valueOf(e.getMessage()));
    }

    static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.endsWith(".") ? t : t + ".";
    }
}
