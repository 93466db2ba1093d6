package tally.server.training;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import tally.command.CommandProblem;
import tally.command.domain.Command;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.gateway.CommandGateway;
import tally.command.gateway.CommandGateway.Outcome;
import tally.events.InventoryEvent.ReservedStockPicked;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.OrderEvent.OrderLine;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;
import tally.query.QueryException;
import tally.server.training.TrainingAnswers.SecondOperator;

/**
 * The second operator of the stale-screen lesson: one command on the product the trainer
 * names, as {@code system:training}, so that the stream moves on under the class's screens.
 * The product and its bins are read from its stream in the log, not from a read model: the
 * lesson may well have paused those.
 */
@Singleton
final class SecondOperatorAtWork {
    static final String RECEIVE = "receive-stock";
    static final String PLACE_ORDER = "place-order";

    private final CommandGateway gateway;
    private final EventStore store;
    private final WarehouseReader reader;
    private final OrderNumbers orders;

    SecondOperatorAtWork(CommandGateway gateway, EventStore store, WarehouseReader reader,
                         OrderNumbers orders) {
        this.gateway = gateway;
        this.store = store;
        this.reader = reader;
        this.orders = orders;
    }

    SecondOperator act(String sku, String command) {
        List<StoredEvent> stream = store.readStream(StoredEvent.streamOf(sku));
        if (stream.isEmpty()) {
            throw new QueryException.NotFound("no product " + sku);
        }
        if (command.equals(PLACE_ORDER)) {
            String orderId = orders.next();
            Outcome done = issue(new PlaceOrder(orderId, "second operator",
                    List.of(new OrderLine(sku, 1))));
            return new SecondOperator(WarehouseTraffic.USER, command, sku, null, 1, orderId,
                    done.answer().position(), null);
        }
        String location = fullestBin(stream);
        Outcome done = issue(new ReceiveStock(sku, location, 1, "second operator"));
        return new SecondOperator(WarehouseTraffic.USER, command, sku, location, 1, null,
                done.answer().position(), done.answer().version());
    }

    /** The bin holding most of the product (the first by name on a tie), or the first bin. */
    private String fullestBin(List<StoredEvent> stream) {
        var held = new TreeMap<String, Long>();
        for (StoredEvent stored : stream) {
            var e = stored.event();
            if (e instanceof StockReceived r) {
                held.merge(r.location(), (long) r.quantity(), Long::sum);
            } else if (e instanceof StockMoved m) {
                held.merge(m.from(), (long) -m.quantity(), Long::sum);
                held.merge(m.to(), (long) m.quantity(), Long::sum);
            } else if (e instanceof StockPicked p) {
                held.merge(p.location(), (long) -p.quantity(), Long::sum);
            } else if (e instanceof StockAdjusted a) {
                held.merge(a.location(), (long) a.delta(), Long::sum);
            } else if (e instanceof ReservedStockPicked p) {
                held.merge(p.location(), (long) -p.quantity(), Long::sum);
            }
        }
        String fullest = null;
        for (var at : held.entrySet()) { // by name, so a tie goes to the first
            if (at.getValue() > 0 && (fullest == null || at.getValue() > held.get(fullest))) {
                fullest = at.getKey();
            }
        }
        return fullest != null ? fullest : reader.binsOr(List.of()).getFirst();
    }

    /** Its refusal is the command's own problem, as /api/commands would answer it. */
    private Outcome issue(Command command) {
        try {
            return gateway.issue("training-" + UUID.randomUUID(), WarehouseTraffic.USER, command)
                    .join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CommandProblem problem) {
                throw problem;
            }
            throw e;
        }
    }
}
