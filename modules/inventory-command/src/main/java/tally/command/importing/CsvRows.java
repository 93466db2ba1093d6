package tally.command.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tally.command.domain.FieldProblem;

/**
 * Reads an import file: UTF-8 (a byte-order mark is skipped), RFC 4180 quoting, a header row
 * naming the columns in any order and case. Each row keeps the line it starts on in the file,
 * so that a bad row is named as a person finds it in an editor. A file it cannot read at all
 * (not UTF-8, broken quoting, a missing or unknown column) is an {@link ImportRefused}.
 */
final class CsvRows {
    /**
     * One data row: the line it starts on (the header is line 1), its cells by column, and
     * what is wrong with its shape (more cells than columns), or null.
     */
    record Row(long line, Map<String, String> cells, FieldProblem shape) {
        String cell(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true).get();

    private CsvRows() {
    }

    /**
     * @param required columns every file must have
     * @param optional columns a file may have; any other is refused by name
     */
    static List<Row> read(byte[] file, List<String> required, List<String> optional) {
        String text = utf8(file);
        var rows = new ArrayList<Row>();
        var lines = new Lines(text);
        try (var parser = FORMAT.parse(new StringReader(text))) {
            Map<Integer, String> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, required, optional);
                    continue;
                }
                var cells = new HashMap<String, String>();
                FieldProblem shape = null;
                for (int i = 0; i < record.size(); i++) {
                    String column = columns.get(i);
                    if (column != null) {
                        cells.put(column, record.get(i));
                    } else if (!record.get(i).isBlank()) {
                        shape = new FieldProblem("row", "has " + record.size()
                                + " cells; the header names " + columns.size() + " columns");
                    }
                }
                rows.add(new Row(lines.of(record), cells, shape));
            }
            if (columns == null) {
                throw ImportRefused.unreadable("is empty: the first line must name the columns "
                        + String.join(",", required));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ImportRefused.unreadable("is not readable CSV: " + e.getMessage());
        }
        return rows;
    }

    /** Counts line breaks up to each record's first character: the line it starts on. */
    private static final class Lines {
        private final String text;
        private int at;
        private long line = 1;

        Lines(String text) {
            this.text = text;
        }

        long of(CSVRecord record) {
            int start = (int) record.getCharacterPosition();
            // The position is where the parser began: before any blank lines it skipped.
            while (start < text.length() && (text.charAt(start) == '\n'
                    || text.charAt(start) == '\r')) {
                start++;
            }
            for (; at < start; at++) {
                line += text.charAt(at) == '\n' ? 1 : 0;
            }
            return line;
        }
    }

    private static Map<Integer, String> header(CSVRecord record, List<String> required,
                                               List<String> optional) {
        var known = new ArrayList<String>(required);
        known.addAll(optional);
        var columns = new HashMap<Integer, String>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            String column = known.stream().filter(k -> k.toLowerCase(Locale.ROOT)
                    .equals(name.toLowerCase(Locale.ROOT))).findFirst().orElseThrow(
                            () -> ImportRefused.unreadable(new FieldProblem("header", "names a column '"
                                    + name + "' this import does not know; it knows "
                                    + String.join(", ", known))));
            if (columns.containsValue(column)) {
                throw ImportRefused.unreadable(new FieldProblem("header", "names " + column + " twice"));
            }
            columns.put(i, column);
        }
        for (String column : required) {
            if (!columns.containsValue(column)) {
                throw ImportRefused.unreadable(new FieldProblem("header", "lacks the column " + column
                        + "; the first line must name " + String.join(",", required)));
            }
        }
        return columns;
    }

    private static String utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            if (text.indexOf('\0') >= 0) {
                throw ImportRefused.unreadable("holds NUL bytes: it is not a CSV text file");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ImportRefused.unreadable("is not UTF-8 text");
        }
    }
}
