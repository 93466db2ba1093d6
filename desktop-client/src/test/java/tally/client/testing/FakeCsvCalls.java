package tally.client.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tally.client.api.WireShapes.ImportReport;

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
}
