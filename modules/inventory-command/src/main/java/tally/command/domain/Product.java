package tally.command.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.Refusal.InsufficientStock;
import tally.command.domain.Refusal.LocationFull;
import tally.command.domain.Refusal.ProductAlreadyRegistered;
import tally.command.domain.Refusal.SameLocation;
import tally.command.domain.Refusal.UnknownProduct;
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

/**
 * One SKU's stock, location by location: the consistency boundary of the write side. Each verb
 * checks a rule and records an event; only {@link #on} changes state, so replaying the stream
 * and deciding a command leave the product in the same state.
 */
public final class Product {
    /** Most units one location may hold; a count's difference must fit an event's int. */
    public static final long MAX_UNITS_AT_A_LOCATION = 1_000_000_000L;

    private final String sku;
    private final Map<String, Long> stock = new HashMap<>();
    private final List<InventoryEvent> recorded = new ArrayList<>();
    private boolean registered;
    private long version;

    public Product(String sku) {
        this.sku = sku;
    }

    /** The product as its stream tells it. */
    public static Product replay(String sku, List<InventoryEvent> history) {
        var product = new Product(sku);
        history.forEach(product::on);
        return product;
    }

    /**
     * Decides a command: the events it records, already applied to this product (none for a
     * count that matches). Throws a {@link Refusal} and changes nothing when the rules say no.
     */
    public List<InventoryEvent> decide(ProductCommand command) {
        if (!command.sku().equals(sku)) {
            throw new IllegalArgumentException(command + " is not for product " + sku);
        }
        recorded.clear();
        switch (command) {
            case RegisterProduct c -> register(c);
            case ReceiveStock c -> receive(c);
            case MoveStock c -> move(c);
            case PickStock c -> pick(c);
            case AdjustStock c -> count(c);
        }
        return List.copyOf(recorded);
    }

    void register(RegisterProduct c) {
        if (registered) {
            throw new ProductAlreadyRegistered(sku);
        }
        record(new ProductRegistered(sku, c.name(), c.reorderPoint()));
    }

    void receive(ReceiveStock c) {
        requireRegistered();
        requireRoom(c.location(), c.quantity());
        record(new StockReceived(sku, c.location(), c.quantity(), c.reference()));
    }

    void move(MoveStock c) {
        requireRegistered();
        if (c.from().equals(c.to())) {
            throw new SameLocation(sku, c.from());
        }
        requireStock(c.from(), c.quantity());
        requireRoom(c.to(), c.quantity());
        record(new StockMoved(sku, c.from(), c.to(), c.quantity()));
    }

    void pick(PickStock c) {
        requireRegistered();
        requireStock(c.location(), c.quantity());
        record(new StockPicked(sku, c.location(), c.quantity(), c.reference()));
    }

    void count(AdjustStock c) {
        requireRegistered();
        long difference = c.countedQuantity() - stockAt(c.location());
        if (difference != 0) {
            record(new StockAdjusted(sku, c.location(), c.countedQuantity(),
                    Math.toIntExact(difference), c.reason()));
        }
    }

    public String sku() {
        return sku;
    }

    public boolean isRegistered() {
        return registered;
    }

    /** How many events the product's stream holds, counting those just decided. */
    public long version() {
        return version;
    }

    public long stockAt(String location) {
        return stock.getOrDefault(location, 0L);
    }

    /** Every location holding some of this product, with its quantity. */
    public Map<String, Long> stock() {
        return Map.copyOf(stock);
    }

    private void requireRegistered() {
        if (!registered) {
            throw new UnknownProduct(sku);
        }
    }

    private void requireStock(String location, int quantity) {
        long available = stockAt(location);
        if (available < quantity) {
            throw new InsufficientStock(sku, location, quantity, available);
        }
    }

    private void requireRoom(String location, int quantity) {
        long present = stockAt(location);
        if (present + quantity > MAX_UNITS_AT_A_LOCATION) {
            throw new LocationFull(sku, location, present, quantity);
        }
    }

    private void record(InventoryEvent event) {
        on(event);
        recorded.add(event);
    }

    private void on(InventoryEvent event) {
        switch (event) {
            case ProductRegistered _ -> registered = true;
            case StockReceived e -> add(e.location(), e.quantity());
            case StockMoved e -> {
                add(e.from(), -e.quantity());
                add(e.to(), e.quantity());
            }
            case StockPicked e -> add(e.location(), -e.quantity());
            case StockAdjusted e -> add(e.location(), e.delta());
            case ReservedStockPicked e -> add(e.location(), -e.quantity());
            case StockReserved _, ReservationReleased _, ReservationReduced _ -> {
                // reservations change what may be taken, not what is there
            }
        }
        version++;
    }

    private void add(String location, long units) {
        long now = stockAt(location) + units;
        if (now == 0) {
            stock.remove(location);
        } else {
            stock.put(location, now);
        }
    }
}
