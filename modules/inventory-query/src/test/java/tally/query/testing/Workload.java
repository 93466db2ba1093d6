package tally.query.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.TallyEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * Random but valid warehouse traffic, as the command side would record it (no stock below zero,
 * no move to the same place), so the query side can be tested before the command side exists.
 */
public final class Workload {
    private final Random random;
    private final int products;
    private final int locations;
    private final Map<String, Map<String, Integer>> stock = new HashMap<>();

    public Workload(long seed, int products, int locations) {
        this.random = new Random(seed);
        this.products = products;
        this.locations = locations;
    }

    public InventoryEvent next() {
        String sku = "SKU-" + random.nextInt(products);
        Map<String, Integer> at = stock.get(sku);
        if (at == null) {
            stock.put(sku, new HashMap<>());
            return new ProductRegistered(sku, "Product " + sku, random.nextInt(20));
        }
        String location = "L-" + random.nextInt(locations);
        int here = at.getOrDefault(location, 0);
        int kind = random.nextInt(10);
        if (here == 0 || kind < 4) {
            int quantity = 1 + random.nextInt(20);
            at.merge(location, quantity, Integer::sum);
            return new StockReceived(sku, location, quantity, "PO-" + random.nextInt(100));
        } else if (kind < 6) {
            String to = "L-" + random.nextInt(locations);
            if (!to.equals(location)) {
                int quantity = 1 + random.nextInt(here);
                at.merge(location, -quantity, Integer::sum);
                at.merge(to, quantity, Integer::sum);
                return new StockMoved(sku, location, to, quantity);
            }
        } else if (kind < 9) {
            int quantity = 1 + random.nextInt(here);
            at.merge(location, -quantity, Integer::sum);
            return new StockPicked(sku, location, quantity, "SO-" + random.nextInt(100));
        }
        int counted = random.nextInt(here + 3);
        at.put(location, counted);
        return new StockAdjusted(sku, location, counted, counted - here, "cycle count");
    }

    public List<InventoryEvent> next(int n) {
        var events = new ArrayList<InventoryEvent>(n);
        for (int i = 0; i < n; i++) {
            events.add(next());
        }
        return events;
    }

    /** Appends each event on its own, as commands would, and waits for the last. */
    public static long append(EventStore store, List<? extends TallyEvent> events) {
        return append(store, events, null);
    }

    /** The same, as {@code user}'s commands (null: as before the log recorded users). */
    public static long append(EventStore store, List<? extends TallyEvent> events,
                              String user) {
        var answers = new ArrayList<java.util.concurrent.CompletableFuture<?>>();
        for (TallyEvent e : events) {
            answers.add(store.append(new AppendRequest(e.stream(),
                    ExpectedVersion.ANY, null, user, null, List.of(e))));
        }
        answers.forEach(java.util.concurrent.CompletableFuture::join);
        return store.headPosition();
    }
}
