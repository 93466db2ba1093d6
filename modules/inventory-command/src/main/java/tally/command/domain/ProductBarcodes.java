package tally.command.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.command.domain.ProductCommand.UnassignBarcode;
import tally.command.domain.Refusal.NotAGtin;
import tally.command.domain.Refusal.NotAnAlias;
import tally.events.Gtin;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.BarcodeAssigned;
import tally.events.InventoryEvent.BarcodeUnassigned;

/**
 * The barcodes that are aliases of one product, each as 14 digits (docs/api.md, "Barcodes").
 * Whether another product holds a barcode is the {@link BarcodeRegister}'s to judge; this knows
 * the product's own, so assigning one it already has records nothing (as a count that matches)
 * and unassigning one it does not have is refused.
 */
final class ProductBarcodes {
    private final Set<String> barcodes = new HashSet<>();

    /** The event assigning the barcode, or none when the product already has it. */
    List<InventoryEvent> assign(String sku, AssignBarcode c) {
        String gtin = gtinOf(c.barcode());
        return barcodes.contains(gtin) ? List.of() : List.of(new BarcodeAssigned(sku, gtin));
    }

    /** The event unassigning the barcode; refused when it is not this product's. */
    List<InventoryEvent> unassign(String sku, UnassignBarcode c) {
        String gtin = gtinOf(c.barcode());
        if (!barcodes.contains(gtin)) {
            throw new NotAnAlias(sku, gtin);
        }
        return List.of(new BarcodeUnassigned(sku, gtin));
    }

    void assigned(BarcodeAssigned e) {
        barcodes.add(e.barcode());
    }

    void unassigned(BarcodeUnassigned e) {
        barcodes.remove(e.barcode());
    }

    /** The code as 14 digits, or a refusal naming what makes it no GTIN. */
    static String gtinOf(String code) {
        String problem = Gtin.problemWith(code);
        if (problem != null) {
            throw new NotAGtin(problem);
        }
        return Gtin.normalised(code);
    }
}
