package tally.query.barcodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent.BarcodeAssigned;
import tally.events.InventoryEvent.BarcodeUnassigned;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ProductRenamed;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.query.testing.Log;
import tally.query.testing.ViewsDatabase;

class BarcodesProjectionTest {
    private static final String EAN = "04006381333931";
    private static final String OTHER = "00012345678905";
    private final ViewsDatabase db = new ViewsDatabase();
    private final BarcodesProjection projection = new BarcodesProjection();

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private void apply(List<StoredEvent> events) {
        db.transactor().inTransaction(c -> projection.apply(c, events, true));
    }

    private List<List<Object>> rows() {
        return db.rows("SELECT b.barcode, b.sku, p.name FROM barcodes b JOIN barcode_products p"
                + " ON p.sku = b.sku ORDER BY b.barcode");
    }

    @Test
    void keeps_each_barcode_with_its_product_and_the_name_it_now_has() {
        apply(Log.of(new ProductRegistered("SKU-1", "Bolt", 0),
                new ProductRegistered("SKU-2", "Nut", 0),
                new BarcodeAssigned("SKU-1", EAN),
                new StockReceived("SKU-1", "A-1", 3, null),
                new BarcodeAssigned("SKU-2", OTHER),
                new ProductRenamed("SKU-1", "Hex bolt")).all());

        assertThat(rows()).containsExactly(List.of(OTHER, "SKU-2", "Nut"),
                List.of(EAN, "SKU-1", "Hex bolt"));
    }

    @Test
    void an_unassigned_barcode_loses_its_row_and_may_name_another_product_in_the_same_batch() {
        Log log = Log.of(new ProductRegistered("SKU-1", "Bolt", 0),
                new ProductRegistered("SKU-2", "Nut", 0),
                new BarcodeAssigned("SKU-1", EAN), new BarcodeAssigned("SKU-1", OTHER));
        apply(log.all());

        apply(log.add(new BarcodeUnassigned("SKU-1", EAN)).add(new BarcodeUnassigned("SKU-1",
                OTHER)).add(new BarcodeAssigned("SKU-2", OTHER)).from(5));

        assertThat(rows()).containsExactly(List.of(OTHER, "SKU-2", "Nut"));
    }
}
