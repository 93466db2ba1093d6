package tally.command.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.OrderCommand.RecordAllocation;
import tally.command.domain.OrderCommand.ShipOrder;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.command.domain.ProductCommand.ChangeReorderPoint;
import tally.command.domain.ProductCommand.ConfirmPick;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.command.domain.ProductCommand.RenameProduct;
import tally.command.domain.ProductCommand.ReleaseReservations;
import tally.command.domain.ProductCommand.ReserveStock;
import tally.command.domain.ProductCommand.UnassignBarcode;
import tally.events.InventoryEvent;
import tally.events.LocationEvent;
import tally.events.OrderEvent;
import tally.events.StoredEvent;
import tally.events.TallyEvent;

/**
 * Which aggregates a command needs, and its decision. A command is decided by the aggregate of
 * its own stream, the only one it changes; placing and shipping an order consult the products of
 * its lines, a reservation and a pick consult the order. That is safe only because one writer
 * holds every aggregate in memory and decides one command at a time: what it consults is exactly
 * what the commands before it left, with no other writer between (docs/design.md, "Several
 * aggregates, one writer").
 */
public final class Decider {
    private static final String PRODUCT = "product-";
    private static final String ORDER = "order-";
    private static final String LOCATION = "location-";

    private Decider() {
    }

    /**
     * The streams the command needs in memory, its own first; {@code known} answers an aggregate
     * in memory or null. Shipping needs the order before it can name the products of its lines,
     * so ask again once what this answered is in.
     */
    public static List<String> needs(Command command, Function<String, Aggregate> known) {
        var streams = new ArrayList<String>();
        streams.add(command.stream());
        switch (command) {
            case ReserveStock c -> streams.add(StoredEvent.streamOfOrder(c.orderId()));
            case ConfirmPick c -> streams.add(StoredEvent.streamOfOrder(c.orderId()));
            case RegisterProduct _, RenameProduct _, ChangeReorderPoint _, ReceiveStock _,
                 MoveStock _, PickStock _, AdjustStock _, ReleaseReservations _ -> {
                // the product alone decides
            }
            case AssignBarcode _, UnassignBarcode _ -> {
                // the product decides, with what the barcode register says of the others
            }
            case PlaceOrder c -> c.lines().forEach(l -> streams.add(StoredEvent.streamOf(l.sku())));
            case ShipOrder _ -> {
                if (known.apply(command.stream()) instanceof Order order) {
                    order.lines().keySet().forEach(sku -> streams.add(StoredEvent.streamOf(sku)));
                }
            }
            case CancelOrder _, RecordAllocation _ -> {
                // the order alone decides
            }
            case LocationCommand _ -> {
                // the bin alone decides, with what the register says it holds
            }
        }
        return streams;
    }

    /**
     * Decides a command against the aggregates in memory, every one {@link #needs} named being
     * there: the events, already applied to the command's own aggregate.
     */
    public static List<TallyEvent> decide(Command command, Function<String, Aggregate> known) {
        return decide(command, known, new BinRegister(LocationMode.OPEN));
    }

    /**
     * {@link #decide(Command, Function)} with the register of bins: a strict register refuses
     * stock sent to a bin not in use, and a bin's own commands are decided with the units it
     * holds. A bin's aggregate is the register's ({@code known} may answer it from there).
     */
    public static List<TallyEvent> decide(Command command, Function<String, Aggregate> known,
                                          BinRegister bins) {
        return decide(command, known, bins, new BarcodeRegister());
    }

    /**
     * {@link #decide(Command, Function, BinRegister)} with the register of barcodes as well: a
     * barcode another product holds is refused, naming it.
     */
    public static List<TallyEvent> decide(Command command, Function<String, Aggregate> known,
                                          BinRegister bins, BarcodeRegister barcodes) {
        return switch (command) {
            case ProductCommand c -> {
                bins.admit(c);
                Product product = product(known, c.sku());
                barcodes.admit(c, product.isRegistered());
                yield List.<TallyEvent>copyOf(product.decide(c, orderOf(c, known)));
            }
            case OrderCommand c -> List.<TallyEvent>copyOf(((Order) known.apply(c.stream()))
                    .decide(c, sku -> product(known, sku)));
            case LocationCommand c -> List.<TallyEvent>copyOf(((Location) known.apply(
                    c.stream())).decide(c, bins.unitsAt(c.location())));
        };
    }

    /** A new aggregate from its stream's events, by the stream's name. */
    public static Aggregate replay(String stream, List<TallyEvent> history) {
        if (stream.startsWith(PRODUCT)) {
            var events = new ArrayList<InventoryEvent>(history.size());
            history.forEach(e -> events.add((InventoryEvent) e));
            return Product.replay(stream.substring(PRODUCT.length()), events);
        }
        if (stream.startsWith(ORDER)) {
            var events = new ArrayList<OrderEvent>(history.size());
            history.forEach(e -> events.add((OrderEvent) e));
            return Order.replay(stream.substring(ORDER.length()), events);
        }
        if (stream.startsWith(LOCATION)) {
            var events = new ArrayList<LocationEvent>(history.size());
            history.forEach(e -> events.add((LocationEvent) e));
            return Location.replay(stream.substring(LOCATION.length()), events);
        }
        throw new IllegalArgumentException("no aggregate lives in stream " + stream);
    }

    private static Order orderOf(ProductCommand command, Function<String, Aggregate> known) {
        return switch (command) {
            case ReserveStock c -> (Order) known.apply(StoredEvent.streamOfOrder(c.orderId()));
            case ConfirmPick c -> (Order) known.apply(StoredEvent.streamOfOrder(c.orderId()));
            case RegisterProduct _, RenameProduct _, ChangeReorderPoint _, AssignBarcode _,
                 UnassignBarcode _, ReceiveStock _, MoveStock _, PickStock _, AdjustStock _,
                 ReleaseReservations _ -> null;
        };
    }

    private static Product product(Function<String, Aggregate> known, String sku) {
        var product = (Product) known.apply(StoredEvent.streamOf(sku));
        if (product == null) {
            throw new IllegalStateException("product " + sku + " is not in memory");
        }
        return product;
    }
}
