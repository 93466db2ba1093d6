package tally.command.domain;

import java.util.HashMap;
import java.util.Map;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.ProductCommand.ReleaseReservations;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.command.domain.Refusal.LocationNotInRegister;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.ReservationReduced;
import tally.events.InventoryEvent.ReservationReleased;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.InventoryEvent.StockReserved;
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.TallyEvent;

/**
 * Every bin of the register and the units that lie in each, as the one writer knows them: fed
 * by the log once, then by every event the writer decides, so a bin defined by one command is
 * known to the next, and a bin is retired only when no product holds a unit there. The write
 * side's own state, never a read model (docs/design.md, "Bins that exist").
 */
public final class BinRegister {
    private final LocationMode mode;
    private final Map<String, Location> bins = new HashMap<>();
    private final Map<String, Long> units = new HashMap<>();

    public BinRegister(LocationMode mode) {
        this.mode = mode;
    }

    public LocationMode mode() {
        return mode;
    }

    /** The bin with this code, a new undefined one when the register has never seen it. */
    public Location bin(String code) {
        return bins.computeIfAbsent(code, Location::new);
    }

    /** Units lying in the bin now, over every product, reserved ones among them. */
    public long unitsAt(String code) {
        return units.getOrDefault(code, 0L);
    }

    /** Folds one event of the log: a bin's own, or a product's that moves units. */
    public void apply(TallyEvent event) {
        switch (event) {
            case LocationEvent e -> bin(e.location()).on(e);
            case InventoryEvent e -> count(e);
            case OrderEvent _ -> {
                // an order moves no unit: its picks are the products' events
            }
        }
    }

    /** Counts the units a product's event put into or took out of bins. */
    public void count(InventoryEvent event) {
        switch (event) {
            case StockReceived e -> add(e.location(), e.quantity());
            case StockMoved e -> {
                add(e.from(), -e.quantity());
                add(e.to(), e.quantity());
            }
            case StockPicked e -> add(e.location(), -e.quantity());
            case StockAdjusted e -> add(e.location(), e.delta());
            case ReservedStockPicked e -> add(e.location(), -e.quantity());
            case ProductRegistered _, StockReserved _, ReservationReleased _,
                 ReservationReduced _ -> {
                // reserved units stay where they lie
            }
            case InventoryEvent.ProductRenamed _, InventoryEvent.ReorderPointChanged _,
                 InventoryEvent.BarcodeAssigned _, InventoryEvent.BarcodeUnassigned _ -> {
                // product care and barcodes move no unit
            }
        }
    }

    /**
     * In a strict register, refuses a command that would put stock in, or count it at, a bin
     * that is not in use; an open register lets every code through, as before it existed.
     */
    public void admit(ProductCommand command) {
        if (mode == LocationMode.OPEN) {
            return;
        }
        switch (command) {
            case ReceiveStock c -> requireInUse(c.location());
            case MoveStock c -> requireInUse(c.to());
            case AdjustStock c -> requireInUse(c.location());
            case ConfirmPick c -> requireInUse(c.location());
            case RegisterProduct _, ProductCommand.RenameProduct _,
                 ProductCommand.ChangeReorderPoint _, ProductCommand.AssignBarcode _,
                 ProductCommand.UnassignBarcode _, PickStock _, ReserveStock _,
                 ReleaseReservations _ -> {
                // these put nothing in a bin: stock already lying somewhere may still leave it
            }
        }
    }

    private void requireInUse(String code) {
        Location bin = bins.get(code);
        if (bin != null && bin.inUse()) {
            return;
        }
        String meant = null;
        for (Location other : bins.values()) {
            if (other.inUse() && other.code().equalsIgnoreCase(code)) {
                meant = other.code();
                break;
            }
        }
        throw new LocationNotInRegister(code, bin != null && bin.retired(), meant);
    }

    private void add(String code, long delta) {
        units.merge(code, delta, Long::sum);
    }
}
