package tally.server.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import tally.events.InventoryEvent;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockAdjusted;
import tally.events.InventoryEvent.StockMoved;
import tally.events.InventoryEvent.StockPicked;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * Random but valid warehouse traffic, appended straight to the log as the command side would
 * record it: no stock below zero, no move to the same place, every product registered first.
 * As in a real warehouse, each product lives in a few bins of its own ({@link #BINS_EACH}).
 */
public final class Traffic {
    private final Random random;
    private final int products;
    private final int locations;
    private static final int BINS_EACH = 4;
    private final Map<String, Map<String, Integer>> stock = new HashMap<>();

    public Traffic(long seed, int products, int locations) {
        this.random = new Random(seed);
        this.products = products;
        this.locations = locations;
    }

    public InventoryEvent next() {
        String sku = "SKU-" + random.nextInt(products);
        Map<String, Integer> at = stock.get(sku);
        if (at == null) {
            stock.put(sku, new HashMap<>());
            return new ProductRegistered(sku, "Product " + sku, random.nextInt(30));
        }
        String location = binOf(sku, random.nextInt(BINS_EACH));
        int here = at.getOrDefault(location, 0);
        int kind = random.nextInt(10);
        if (here == 0 || kind < 4) {
            int quantity = 1 + random.nextInt(20);
            at.merge(location, quantity, Integer::sum);
            return new StockReceived(sku, location, quantity, "PO-" + random.nextInt(100));
        } else if (kind < 6) {
            String to = binOf(sku, random.nextInt(BINS_EACH));
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

    private String binOf(String sku, int which) {
        return "L-" + Math.floorMod(sku.hashCode() * 31 + which * 7919, locations);
    }

    /** Appends {@code n} events, each on its own as a command would, and waits for them. */
    public long append(EventStore store, int n) {
        var answers = new ArrayList<CompletableFuture<?>>(n);
        for (int i = 0; i < n; i++) {
            InventoryEvent e = next();
            answers.add(store.append(AppendRequest.of(StoredEvent.streamOf(e.sku()),
                    ExpectedVersion.ANY, null, e)));
        }
        answers.forEach(CompletableFuture::join);
        return store.headPosition();
    }

    /** Appends {@code n} events in requests of up to {@code perRequest} events of one product. */
    public long appendInBulk(EventStore store, int n, int perRequest) {
        var answers = new ArrayList<CompletableFuture<?>>();
        var pending = new HashMap<String, List<InventoryEvent>>();
        for (int i = 0; i < n; i++) {
            InventoryEvent e = next();
            List<InventoryEvent> list = pending.computeIfAbsent(e.sku(), k -> new ArrayList<>());
            list.add(e);
            if (list.size() == perRequest) {
                answers.add(store.append(new AppendRequest(StoredEvent.streamOf(e.sku()),
                        ExpectedVersion.ANY, null, null, null, List.copyOf(list))));
                pending.remove(e.sku());
            }
            if (answers.size() >= 2000) {
                answers.forEach(CompletableFuture::join);
                answers.clear();
            }
        }
        pending.forEach((sku, list) -> answers.add(store.append(new AppendRequest(
                StoredEvent.streamOf(sku), ExpectedVersion.ANY, null, null, null,
                List.copyOf(list)))));
        answers.forEach(CompletableFuture::join);
        return store.headPosition();
    }
}
