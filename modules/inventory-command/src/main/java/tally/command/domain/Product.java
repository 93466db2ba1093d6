package tally.command.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.ProductCommand.ReleaseReservations;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.command.domain.Refusal.InsufficientStock;
import tally.command.domain.Refusal.LocationFull;
import tally.command.domain.Refusal.NotReservedForOrder;
import tally.command.domain.Refusal.ProductAlreadyRegistered;
import tally.command.domain.Refusal.SameLocation;
import tally.command.domain.Refusal.StockReserved;
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
import tally.events.StoredEvent;

/**
 * One SKU's stock, location by location, and what of it is reserved for which order: the
 * consistency boundary of the write side. Per location, reserved never exceeds what lies there.
 * Each verb checks a rule and records an event; only {@link #on} changes state, so replaying the
 * stream and deciding a command leave the product in the same state.
 */
public final class Product implements Aggregate {
    /** Most units one location may hold; a count's difference must fit an event's int. */
    public static final long MAX_UNITS_AT_A_LOCATION = 1_000_000_000L;

    private final String sku;
    private final Map<String, Long> stock = new HashMap<>();
    private final Reservations reservations = new Reservations();
    private final List<InventoryEvent> recorded = new ArrayList<>();
    private final ProductDetails details = new ProductDetails();
    private final ProductBarcodes barcodes = new ProductBarcodes();
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

    /** {@link #decide(ProductCommand, Order)} for a command that consults no order. */
    public List<InventoryEvent> decide(ProductCommand command) {
        return decide(command, null);
    }

    /**
     * Decides a command: the events it records, already applied to this product (none for a
     * count that matches). Throws a {@link Refusal} and changes nothing when the rules say no.
     *
     * @param order the order a reservation or a pick is for, as the writer holds it (consulted,
     *              never changed); null for the other commands
     */
    public List<InventoryEvent> decide(ProductCommand command, Order order) {
        if (!command.sku().equals(sku)) {
            throw new IllegalArgumentException(command + " is not for product " + sku);
        }
        recorded.clear();
        switch (command) {
            case RegisterProduct c -> register(c);
            case ProductCommand.RenameProduct c -> care(() -> details.rename(sku, c));
            case ProductCommand.ChangeReorderPoint c -> care(
                    () -> details.changeReorderPoint(sku, c));
            case ProductCommand.AssignBarcode c -> care(() -> barcodes.assign(sku, c));
            case ProductCommand.UnassignBarcode c -> care(() -> barcodes.unassign(sku, c));
            case ReceiveStock c -> receive(c);
            case MoveStock c -> move(c);
            case PickStock c -> pick(c);
            case AdjustStock c -> count(c);
            case ReserveStock c -> reserve(c, Order.given(c.orderId(), order));
            case ReleaseReservations c -> release(c);
            case ConfirmPick c -> confirmPick(c, Order.given(c.orderId(), order));
        }
        return List.copyOf(recorded);
    }

    void register(RegisterProduct c) {
        if (registered) {
            throw new ProductAlreadyRegistered(sku);
        }
        record(new ProductRegistered(sku, c.name(), c.reorderPoint()));
    }

    /** Care and barcodes: what their deciders say (maybe nothing), for a known product. */
    private void care(Supplier<List<InventoryEvent>> decision) {
        requireRegistered();
        decision.get().forEach(this::record);
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
        requireFree(c.from(), c.quantity());
        requireRoom(c.to(), c.quantity());
        record(new StockMoved(sku, c.from(), c.to(), c.quantity()));
    }

    void pick(PickStock c) {
        requireRegistered();
        requireFree(c.location(), c.quantity());
        record(new StockPicked(sku, c.location(), c.quantity(), c.reference()));
    }

    /** A count below what is reserved there cuts the youngest orders' reservations first. */
    void count(AdjustStock c) {
        requireRegistered();
        long difference = c.countedQuantity() - stockAt(c.location());
        if (difference == 0) {
            return;
        }
        record(new StockAdjusted(sku, c.location(), c.countedQuantity(),
                Math.toIntExact(difference), c.reason()));
        long excess = reservations.at(c.location()) - c.countedQuantity();
        for (var held : reservations.youngestFirst(c.location())) {
            if (excess <= 0) {
                break;
            }
            int cut = (int) Math.min(held.quantity(), excess);
            record(new ReservationReduced(sku, c.location(), cut, held.orderId()));
            excess -= cut;
        }
    }

    /** Takes what is free, location by location in walk order; never refused for lack of it. */
    void reserve(ReserveStock c, Order order) {
        requireRegistered();
        if (!order.isOpen()) {
            return;
        }
        long wanted = c.quantity();
        for (var at : new TreeMap<>(stock).entrySet()) {
            long take = Math.min(wanted, at.getValue() - reservations.at(at.getKey()));
            if (take > 0) {
                record(new InventoryEvent.StockReserved(sku, at.getKey(), (int) take,
                        c.orderId(), c.orderSequence()));
                wanted -= take;
            }
        }
    }

    void release(ReleaseReservations c) {
        requireRegistered();
        reservations.of(c.orderId()).forEach((location, units) ->
                record(new ReservationReleased(sku, location, Math.toIntExact(units),
                        c.orderId())));
    }

    void confirmPick(ConfirmPick c, Order order) {
        requireRegistered();
        order.requireOpen();
        long held = reservations.heldBy(c.location(), c.orderId());
        if (held < c.quantity()) {
            throw new NotReservedForOrder(c.orderId(), sku, c.location(), held, c.quantity());
        }
        record(new ReservedStockPicked(sku, c.location(), c.quantity(), c.orderId()));
    }

    @Override
    public String stream() {
        return StoredEvent.streamOf(sku);
    }

    public String sku() {
        return sku;
    }

    public boolean isRegistered() {
        return registered;
    }

    @Override
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

    /** Units reserved at a location, for every order together. */
    public long reservedAt(String location) {
        return reservations.at(location);
    }

    /** The units an order holds reserved here, by location in walk order. */
    public Map<String, Long> reservedFor(String orderId) {
        return reservations.of(orderId);
    }

    /** Units picked for an order (ReservedStockPicked), over every location. */
    public long pickedFor(String orderId) {
        return reservations.picked(orderId);
    }

    private void requireRegistered() {
        if (!registered) {
            throw new UnknownProduct(sku);
        }
    }

    /** Only units nobody has reserved may be moved or picked without an order. */
    private void requireFree(String location, int quantity) {
        long there = stockAt(location);
        long reserved = reservations.at(location);
        if (there - reserved >= quantity) {
            return;
        }
        if (reserved > 0) {
            throw new StockReserved(sku, location, there - reserved, reserved);
        }
        throw new InsufficientStock(sku, location, quantity, there);
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
            case ProductRegistered e -> registered = details.registered(e);
            case InventoryEvent.ProductRenamed e -> details.renamed(e);
            case InventoryEvent.ReorderPointChanged e -> details.reorderPointChanged(e);
            case InventoryEvent.BarcodeAssigned e -> barcodes.assigned(e);
            case InventoryEvent.BarcodeUnassigned e -> barcodes.unassigned(e);
            case StockReceived e -> add(e.location(), e.quantity());
            case StockMoved e -> {
                add(e.from(), -e.quantity());
                add(e.to(), e.quantity());
            }
            case StockPicked e -> add(e.location(), -e.quantity());
            case StockAdjusted e -> add(e.location(), e.delta());
            case InventoryEvent.StockReserved e -> reservations.add(e.location(), e.orderId(),
                    e.quantity(), e.orderSequence());
            case ReservationReleased e -> reservations.add(e.location(), e.orderId(),
                    -e.quantity(), 0);
            case ReservationReduced e -> reservations.add(e.location(), e.orderId(),
                    -e.quantity(), 0);
            case ReservedStockPicked e -> {
                add(e.location(), -e.quantity());
                reservations.add(e.location(), e.orderId(), -e.quantity(), 0);
                reservations.picked(e.orderId(), e.quantity());
            }
        }
        version++;
    }

    /** A location left with nothing is no longer listed. */
    private void add(String location, long units) {
        stock.merge(location, units, (was, change) -> was + change == 0 ? null : was + change);
    }
}
