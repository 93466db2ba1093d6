package tally.query;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list query's answer as CSV (docs/api.md, "Export as CSV"): a header row, then one row an
 * item, RFC 4180 quoting, UTF-8. A CSV file has no place for the answer's {@code position}, so
 * it travels in the {@value #POSITION_HEADER} response header, with the same meaning as in JSON.
 */
public final class CsvAnswer {
    public static final String TEXT_CSV = "text/csv";
    public static final String POSITION_HEADER = "Tally-Position";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvAnswer() {
    }

    /**
     * Whether the caller asked for CSV: of text/csv and application/json, the one its Accept
     * header prefers (by quality, then order). No Accept, or any other, keeps JSON.
     */
    public static boolean wanted(HttpRequest<?> request) {
        for (MediaType type : request.accept()) {
            if (type.matches(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (TEXT_CSV.equals(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The rows, each item's cells in the header's order; null cells are written empty. */
    public static <T> HttpResponse<byte[]> of(String fileName, long position, List<String> header,
                                              List<T> items, Function<T, List<?>> cells) {
        var text = new StringWriter();
        try (var printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(header);
            for (T item : items) {
                printer.printRecord(cells.apply(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return HttpResponse.ok(text.toString().getBytes(StandardCharsets.UTF_8))
                .contentType(TEXT_CSV + "; charset=utf-8")
                .header(POSITION_HEADER, Long.toString(position))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
