package tally.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tally.client.api.WireShapes.ImportReport;
import tally.client.api.WireShapes.ImportRow;

/**
 * The fake server's CSV calls: an export answers a file naming what was asked, and an import
 * judges nothing (the real server's import is driven by app-server's console tests).
 */
abstract class FakeCsvCalls extends FakeSessionCalls {
    /** Every export asked for, by path and query. */
    public final List<String> exports = Collections.synchronizedList(new ArrayList<>());

    @Override
    public byte[] exportCsv(String listPathAndQuery) {
        reachable();
        exports.add(listPathAndQuery);
        return ("list\r\n\"" + listPathAndQuery + ", as CSV\"\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ImportReport importProducts(byte[] csv, boolean dryRun) {
        reachable();
        return new ImportReport(dryRun, true, !dryRun, 0, 0, 0, 0, List.of());
    }

    /** Every bins file sent, dry runs too. */
    public final List<String> binImports = Collections.synchronizedList(new ArrayList<>());
    /** Every sheet asked for, by path and query. */
    public final List<String> papers = Collections.synchronizedList(new ArrayList<>());

    /** Every row after the header is a new bin, named by its first cell. */
    @Override
    public ImportReport importBins(byte[] csv, boolean dryRun) {
        reachable();
        String text = new String(csv, StandardCharsets.UTF_8);
        binImports.add(text);
        var lines = text.lines().toList();
        var rows = new ArrayList<ImportRow>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(new ImportRow(i + 1, lines.get(i).split(",")[0], "new", "import-bins-" + i,
                    List.of()));
        }
        return new ImportReport(dryRun, true, !dryRun, rows.size(), 0, 0, 0, rows);
    }

    /** A PDF of two pages, each saying what was asked (the real sheets: app-server's tests). */
    @Override
    public byte[] paper(String pathAndQuery) {
        reachable();
        papers.add(pathAndQuery);
        return FakePdf.of(List.of(pathAndQuery + " page 1", pathAndQuery + " page 2"));
    }
}
