package tally.command.domain;

import java.util.List;
import tally.command.domain.ProductCommand.ChangeReorderPoint;
import tally.command.domain.ProductCommand.RenameProduct;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ProductRenamed;
import tally.events.InventoryEvent.ReorderPointChanged;

/**
 * A product's name and reorder point as its stream last set them: what product care changes
 * (docs/api.md, "Product care"). Kept apart from {@link Product}'s stock, which care never
 * touches. An unchanged value records nothing, as a count that finds what the books say does,
 * so sending the same care twice leaves one event in the log.
 */
final class ProductDetails {
    private String name;
    private int reorderPoint;

    /** Always true: a registration is what makes the product known. */
    boolean registered(ProductRegistered e) {
        name = e.name();
        reorderPoint = e.reorderPoint();
        return true;
    }

    void renamed(ProductRenamed e) {
        name = e.name();
    }

    void reorderPointChanged(ReorderPointChanged e) {
        reorderPoint = e.reorderPoint();
    }

    /** The event renaming the product, or none when it already has that name. */
    List<InventoryEvent> rename(String sku, RenameProduct c) {
        return c.name().equals(name) ? List.of() : List.of(new ProductRenamed(sku, c.name()));
    }

    /** The event changing the reorder point, or none when it already is that. */
    List<InventoryEvent> changeReorderPoint(String sku, ChangeReorderPoint c) {
        return c.reorderPoint() == reorderPoint ? List.of()
                : List.of(new ReorderPointChanged(sku, c.reorderPoint()));
    }

    String name() {
        return name;
    }

    int reorderPoint() {
        return reorderPoint;
    }
}
