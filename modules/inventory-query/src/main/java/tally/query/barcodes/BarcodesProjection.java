package tally.query.barcodes;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.query.engine.Projection;

/**
 * The {@code barcodes} read model: which product each barcode is an alias of, and the name of
 * every product, so a scan is answered with the SKU and its name. A batch is folded in memory
 * first (the last word on each barcode and each name wins) and then written in three JDBC
 * batches; a rebuild reads every event of the log, and only registrations, renames and barcodes
 * touch a row. Nothing for the live stream: the console looks a barcode up when it is scanned.
 */
@Singleton
@Order(6)
final class BarcodesProjection implements Projection {
    static final String NAME = "barcodes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM barcodes");
            s.execute("DELETE FROM barcode_products");
        }
    }

    @Override
    public List<Change> apply(Connection c, List<StoredEvent> events, boolean describe)
            throws SQLException {
        var names = new LinkedHashMap<String, String>();
        // a barcode's owner after the batch, or null when the batch left it nobody's
        var owners = new LinkedHashMap<String, String>();
        for (StoredEvent stored : events) {
            if (stored.event() instanceof InventoryEvent e) {
                fold(e, names, owners);
            }
        }
        write(c, "MERGE INTO barcode_products (sku, name) KEY (sku) VALUES (?, ?)", names, false);
        write(c, "DELETE FROM barcodes WHERE barcode = ?", owners, true);
        write(c, "MERGE INTO barcodes (barcode, sku) KEY (barcode) VALUES (?, ?)", owners, false);
        return List.of();
    }

    private static void fold(InventoryEvent event, Map<String, String> names,
                             Map<String, String> owners) {
        switch (event) {
            case InventoryEvent.ProductRegistered r -> names.put(r.sku(), r.name());
            case InventoryEvent.ProductRenamed r -> names.put(r.sku(), r.name());
            case InventoryEvent.BarcodeAssigned b -> owners.put(b.barcode(), b.sku());
            case InventoryEvent.BarcodeUnassigned b -> owners.put(b.barcode(), null);
            case InventoryEvent.ReorderPointChanged _, InventoryEvent.StockReceived _,
                 InventoryEvent.StockMoved _, InventoryEvent.StockPicked _,
                 InventoryEvent.StockAdjusted _, InventoryEvent.StockReserved _,
                 InventoryEvent.ReservationReleased _, InventoryEvent.ReservationReduced _,
                 InventoryEvent.ReservedStockPicked _ -> {
                // neither a name nor a barcode
            }
        }
    }

    /**
     * One JDBC batch: with {@code gone}, a delete of each key whose value is null; otherwise a
     * merge of each key and its value, leaving out the null ones.
     */
    private static void write(Connection c, String sql, Map<String, String> rows, boolean gone)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int added = 0;
            for (var row : rows.entrySet()) {
                if ((row.getValue() == null) != gone) {
                    continue;
                }
                ps.setString(1, row.getKey());
                if (!gone) {
                    ps.setString(2, row.getValue());
                }
                ps.addBatch();
                added++;
            }
            if (added > 0) {
                ps.executeBatch();
            }
        }
    }
}
