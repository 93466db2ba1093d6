package tally.client.csv;

import tally.client.api.TallyApi;
import tally.client.api.WireShapes.ImportReport;

/** What the import screen loads: products or bins, each its own route and columns. */
public enum ImportChoice {
    PRODUCTS("Products", "SKU", "sku,name and optionally reorderPoint", "registered"),
    BINS("Bins", "Location", "location and optionally description,zone,capacity", "defined");

    private final String text;
    private final String keyColumn;
    private final String columns;
    private final String done;

    ImportChoice(String text, String keyColumn, String columns, String done) {
        this.text = text;
        this.keyColumn = keyColumn;
        this.columns = columns;
        this.done = done;
    }

    /** {@code POST /api/import/products} or {@code /bins}. */
    ImportReport send(TallyApi api, byte[] csv, boolean dryRun) {
        return switch (this) {
            case PRODUCTS -> api.importProducts(csv, dryRun);
            case BINS -> api.importBins(csv, dryRun);
        };
    }

    /** The heading of the column that names each row: SKU or Location. */
    public String keyColumn() {
        return keyColumn;
    }

    /** The columns a file has, in words. */
    public String columns() {
        return columns;
    }

    /** What an imported new row became: registered (a product) or defined (a bin). */
    String done() {
        return done;
    }

    @Override
    public String toString() {
        return text;
    }
}
