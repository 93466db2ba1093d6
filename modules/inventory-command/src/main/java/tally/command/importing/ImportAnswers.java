package tally.command.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The shapes of an import's answers (docs/api.md, "Import products from CSV"). */
final class ImportAnswers {
    static final String NEW = "new";
    static final String UNCHANGED = "unchanged";
    static final String BAD = "bad";

    private ImportAnswers() {
    }

    /**
     * What one row does: {@code new} (a command will be or was issued), {@code unchanged}
     * (already so: nothing issued) or {@code bad} (its errors say why, by field).
     *
     * @param key       the row's SKU (a bins import: its location code), as written
     * @param commandId the command a new row issues: derived from the row, so a re-run or a
     *                  retry after a crash issues the same id and repeats nothing
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RowVerdict(long line, String key, String action, String commandId,
                      List<RowError> errors) {
    }

    /** One thing wrong, by line (null for the file as a whole) and field. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowError(Long line, String field, String message) {
    }

    /**
     * The answer of a preview ({@code stored} false) or of a done import.
     *
     * @param ready    every row is good: importing would store what the rows say
     * @param position the log's position after the last command issued (0 when none): a
     *                 query's {@code minPosition} to see the products
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ImportReport(boolean dryRun, boolean ready, boolean stored, int newRows,
                        int unchangedRows, int badRows, long position, List<RowVerdict> rows) {
    }

    /** The 4xx problem+json of a refused import: {@code rows} only for bad rows. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportProblem(String type, String title, int status, String detail,
                         List<RowError> errors, List<RowVerdict> rows) {
    }
}
