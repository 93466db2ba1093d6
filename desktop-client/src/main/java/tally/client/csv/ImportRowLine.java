package tally.client.csv;

import java.util.stream.Collectors;
import tally.client.api.WireShapes.ImportRow;

/** One row of the import preview as the table shows it: its problems joined in words. */
public record ImportRowLine(long line, String sku, String action, String problems) {

    static ImportRowLine of(ImportRow row) {
        return new ImportRowLine(row.line(), row.key(), row.action(), row.errors().stream()
                .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    }

    public boolean bad() {
        return "bad".equals(action);
    }
}
