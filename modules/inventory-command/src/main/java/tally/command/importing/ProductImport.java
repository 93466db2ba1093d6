package tally.command.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import tally.command.domain.FieldProblem;
import tally.command.domain.InvalidCommand;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.InventoryEvent.ProductRegistered;
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
        ProductRegistered registered = null;
        for (StoredEvent e : store.readStream(StoredEvent.streamOf(command.sku()))) {
            // Later events that rename a product or change its reorder point belong here too.
            if (e.event() instanceof ProductRegistered r) {
                registered = r;
            }
        }
        if (registered == null) {
            return Existing.NONE;
        }
        var differences = new ArrayList<FieldProblem>();
        if (!registered.name().equals(command.name())) {
            differences.add(new FieldProblem("name", "product " + command.sku()
                    + " is registered as '" + registered.name() + "'; an import does not"
                    + " rename a product"));
        }
        if (registered.reorderPoint() != command.reorderPoint()) {
            differences.add(new FieldProblem("reorderPoint", "product " + command.sku()
                    + " has reorder point " + registered.reorderPoint() + "; an import does not"
                    + " change it"));
        }
        return new Existing(true, differences);
    }
}
