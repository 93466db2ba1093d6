package tally.command.importing;

import java.util.List;
import tally.command.domain.FieldProblem;

/**
 * Why an import stored nothing, as its problem+json will say: a body not sent as text/csv
 * (415), a file that cannot be read as the columns asked (422 {@code unreadable-file}), or rows
 * that are bad (422 {@code bad-rows}, each named by line). A body over the server's limit is
 * refused (413) before it gets here.
 */
final class ImportRefused extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final transient List<ImportAnswers.RowError> errors;
    private final transient List<ImportAnswers.RowVerdict> rows;

    private ImportRefused(int status, String slug, String title, String detail,
                          List<ImportAnswers.RowError> errors,
                          List<ImportAnswers.RowVerdict> rows) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.rows = rows;
    }

    static ImportRefused unreadable(String whatIsWrong) {
        return unreadable(new FieldProblem("file", whatIsWrong));
    }

    static ImportRefused unreadable(FieldProblem problem) {
        return new ImportRefused(422, "unreadable-file", "Unreadable file",
                "the file " + (problem.field().equals("file") ? "" : problem.field() + " ")
                        + problem.message(),
                List.of(new ImportAnswers.RowError(null, problem.field(), problem.message())),
                null);
    }

    static ImportRefused notCsv() {
        return new ImportRefused(415, "unsupported-media-type", "Unsupported Media Type",
                "send the file as text/csv (UTF-8, a header row first)", null, null);
    }

    /** Some rows are bad: every error by line, and every row's verdict beside them. */
    static ImportRefused badRows(List<ImportAnswers.RowVerdict> rows) {
        var errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        long bad = rows.stream().filter(r -> !r.errors().isEmpty()).count();
        return new ImportRefused(422, "bad-rows", "Bad rows", bad + " of " + rows.size()
                + " rows are bad; nothing was stored", errors, rows);
    }

    int status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    List<ImportAnswers.RowError> errors() {
        return errors;
    }

    List<ImportAnswers.RowVerdict> rows() {
        return rows;
    }
}
