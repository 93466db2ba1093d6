package tally.command.domain;

import java.util.HashMap;
import java.util.Map;
import tally.command.domain.Refusal.BarcodeTaken;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.BarcodeAssigned;
import tally.events.InventoryEvent.BarcodeUnassigned;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ProductRenamed;
import tally.events.InventoryEvent.ReorderPointChanged;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.TallyEvent;

/**
 * Which product each barcode is an alias of, as the one writer knows it: fed by the log once,
 * then by every event the writer decides, so a barcode assigned by one command is taken for the
 * very next, whichever product that is for. A barcode names one SKU: that is a rule across
 * products, which no single product's stream can judge (docs/design.md, "Barcodes"). The write
 * side's own state, never a read model, like the {@link BinRegister}.
 */
public final class BarcodeRegister {
    private final Map<String, String> owners = new HashMap<>();

    /** Folds one event of the log: only a barcode's assignment or unassignment matters. */
    public void apply(TallyEvent event) {
        if (event instanceof InventoryEvent e) {
            count(e);
        }
    }

    /** Folds a product's event in. */
    public void count(InventoryEvent event) {
        switch (event) {
            case BarcodeAssigned e -> owners.put(e.barcode(), e.sku());
            case BarcodeUnassigned e -> owners.remove(e.barcode(), e.sku());
            case ProductRegistered _, ProductRenamed _, ReorderPointChanged _, StockReceived _,
                 StockMoved _, StockPicked _, StockAdjusted _, StockReserved _,
                 ReservationReleased _, ReservationReduced _, ReservedStockPicked _ -> {
                // nothing else names a barcode
            }
        }
    }

    /** The SKU whose alias the barcode (14 digits) is, or null. */
    public String ownerOf(String barcode) {
        return owners.get(barcode);
    }

    /**
     * Refuses to assign a barcode another product holds, naming that product; and a code that
     * is no GTIN, since it cannot be looked up. Other commands pass; so does an assignment to a
     * product never registered, which the product itself refuses as unknown.
     */
    public void admit(ProductCommand command, boolean productKnown) {
        if (command instanceof ProductCommand.AssignBarcode c && productKnown) {
            String barcode = ProductBarcodes.gtinOf(c.barcode());
            String owner = owners.get(barcode);
            if (owner != null && !owner.equals(c.sku())) {
                throw new BarcodeTaken(barcode, owner);
            }
        }
    }
}
