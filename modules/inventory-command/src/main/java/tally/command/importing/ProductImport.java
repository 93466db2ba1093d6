package tally.command.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import tally.command.domain.FieldProblem;
import tally.command.domain.InvalidCommand;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ProductRenamed;
import tally.events.InventoryEvent.ReorderPointChanged;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * A products file: {@code sku,name[,reorderPoint]}, one register-product command a row. Whether
 * a product exists, and as what, is read from its own stream in the log: the write side decides
 * on the log, never on a read model.
 */
@Singleton
final class ProductImport implements ImportKind<RegisterProduct> {
    private final EventStore store;

    ProductImport(EventStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("sku", "name");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("reorderPoint");
    }

    @Override
    public String keyOf(CsvRows.Row row) {
        return row.cell("sku");
    }

    @Override
    public RegisterProduct commandOf(CsvRows.Row row) {
        String reorderPoint = row.cell("reorderPoint");
        int points;
        try {
            points = reorderPoint.isEmpty() ? 0 : Integer.parseInt(reorderPoint);
        } catch (NumberFormatException e) {
            throw new InvalidCommand(List.of(new FieldProblem("reorderPoint",
                    "must be a whole number, not '" + reorderPoint + "'")));
        }
        return new RegisterProduct(row.cell("sku"), row.cell("name"), points);
    }

    @Override
    public Existing existing(RegisterProduct command) {
        // The product as its stream now tells it: a rename or a new reorder point since its
        // registration counts, so a file that says what the product is now is unchanged. Stock
        // and reservations are not what a products file describes.
        ProductRegistered now = null;
        for (StoredEvent e : store.readStream(StoredEvent.streamOf(command.sku()))) {
            if (e.event() instanceof ProductRegistered r) {
                now = r;
            } else if (e.event() instanceof ProductRenamed r) {
                now = new ProductRegistered(r.sku(), r.name(), now.reorderPoint());
            } else if (e.event() instanceof ReorderPointChanged r) {
                now = new ProductRegistered(r.sku(), now.name(), r.reorderPoint());
            }
        }
        if (now == null) {
            return Existing.NONE;
        }
        var differences = new ArrayList<FieldProblem>();
        if (!now.name().equals(command.name())) {
            differences.add(new FieldProblem("name", "product " + command.sku()
                    + " is registered as '" + now.name() + "'; an import does not"
                    + " rename a product (rename-product does)"));
        }
        if (now.reorderPoint() != command.reorderPoint()) {
            differences.add(new FieldProblem("reorderPoint", "product " + command.sku()
                    + " has reorder point " + now.reorderPoint() + "; an import does not"
                    + " change it (change-reorder-point does)"));
        }
        return new Existing(true, differences);
    }
}
