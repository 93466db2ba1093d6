package tally.client.csv;

/** What a screen's Export button saves: the list query asked as CSV, and a file name. */
public enum ExportKind {
    STOCK("/api/stock", "stock.csv"),
    LOCATIONS("/api/locations", "locations.csv"),
    /** The most the activity query answers at once. */
    ACTIVITY("/api/activity?limit=500", "activity.csv");

    private final String query;
    private final String fileName;

    ExportKind(String query, String fileName) {
        this.query = query;
        this.fileName = fileName;
    }

    public String query() {
        return query;
    }

    /** What the save dialog proposes. */
    public String fileName() {
        return fileName;
    }
}
