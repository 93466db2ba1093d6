package tally.server.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tally.command.domain.Command;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.ProductCommand.MoveStock;
import tally.command.domain.ProductCommand.PickStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.OrderEvent.OrderLine;
import tally.events.TallyEvent;

/**
 * The warehouse as the training's own commands see it: the products and bins read once when
 * the work starts, and a tally of what each product holds where, kept from then on by what
 * the training's commands recorded. A lesson may pause, slow or break the read models, so they
 * are never asked again: a tally gone wrong (somebody else picked the stock) costs a refusal,
 * which is counted, and the tally forgets that bin.
 */
final class Warehouse {
    private final List<String> skus;
    private final List<String> bins;
    private final Map<String, Map<String, Integer>> held = new HashMap<>();
    private final OrderNumbers orders;
    private final Random random = new Random();

    Warehouse(List<String> skus, List<String> bins, Map<String, Map<String, Integer>> held,
              OrderNumbers orders) {
        this.skus = List.copyOf(skus);
        this.bins = List.copyOf(bins);
        held.forEach((sku, where) -> this.held.put(sku, new HashMap<>(where)));
        this.orders = orders;
    }

    boolean isEmpty() {
        return skus.isEmpty() || bins.isEmpty();
    }

    /**
     * A believable next piece of work: mostly picks and receipts, some moves, and (when
     * {@code withOrders}) an order now and then. A product with nothing on hand is received.
     */
    synchronized Command next(boolean withOrders) {
        String sku = skus.get(random.nextInt(skus.size()));
        Map<String, Integer> where = held.computeIfAbsent(sku, s -> new HashMap<>());
        int dice = random.nextInt(20);
        if (withOrders && dice == 0) {
            return new PlaceOrder(orders.next(), "training class",
                    List.of(new OrderLine(sku, 1 + random.nextInt(3))));
        }
        if (where.isEmpty() || dice < 8) {
            return new ReceiveStock(sku, bin(), 1 + random.nextInt(10), "training");
        }
        var from = new ArrayList<>(where.keySet()).get(random.nextInt(where.size()));
        int there = where.get(from);
        String to = bin();
        if (dice < 11 && !to.equals(from)) {
            return new MoveStock(sku, from, to, 1 + random.nextInt(there));
        }
        return new PickStock(sku, from, 1 + random.nextInt(Math.min(there, 5)), "training");
    }

    /**
     * What a command recorded, into the tally: loose stock only (an order's reservations are
     * left out, a pick of reserved stock is refused and then forgotten).
     */
    synchronized void recorded(List<TallyEvent> events) {
        for (TallyEvent e : events) {
            if (e instanceof StockReceived r) {
                add(r.sku(), r.location(), r.quantity());
            } else if (e instanceof StockMoved m) {
                add(m.sku(), m.from(), -m.quantity());
                add(m.sku(), m.to(), m.quantity());
            } else if (e instanceof StockPicked p) {
                add(p.sku(), p.location(), -p.quantity());
            }
        }
    }

    /** A refused pick or move: its bin no longer holds what the tally thought. */
    synchronized void refused(Command command) {
        if (command instanceof PickStock p) {
            forget(p.sku(), p.location());
        } else if (command instanceof MoveStock m) {
            forget(m.sku(), m.from());
        }
    }

    private void add(String sku, String location, int quantity) {
        Map<String, Integer> where = held.computeIfAbsent(sku, s -> new HashMap<>());
        where.merge(location, quantity, Integer::sum);
        where.values().removeIf(q -> q <= 0);
    }

    private void forget(String sku, String location) {
        held.getOrDefault(sku, new HashMap<>()).remove(location);
    }

    private String bin() {
        return bins.get(random.nextInt(bins.size()));
    }
}
