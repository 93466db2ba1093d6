package tally.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tally.command.domain.Product;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The products the writer has decided on, each loaded from its stream on first use and kept in
 * memory, so a long stream is read once, not per command. Used by the writer's thread only. The
 * least recently used product goes once there are more than {@code capacity}: it reloads if
 * needed again.
 */
final class Aggregates {
    private final EventStore store;
    private final Map<String, Product> products;
    private final AtomicLong loads = new AtomicLong();

    Aggregates(EventStore store, int capacity) {
        this.store = store;
        this.products = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Product> eldest) {
                return size() > capacity;
            }
        };
    }

    Product get(String sku) {
        Product product = products.get(sku);
        if (product == null) {
            product = load(sku);
            products.put(sku, product);
        }
        return product;
    }

    /** Forgets this very product (not a newer load of the same SKU): the log knows better. */
    void evict(Product product) {
        products.remove(product.sku(), product);
    }

    /** How many streams have been read so far. */
    long loads() {
        return loads.get();
    }

    private Product load(String sku) {
        loads.incrementAndGet();
        List<StoredEvent> stream = store.readStream(StoredEvent.streamOf(sku));
        var history = new java.util.ArrayList<InventoryEvent>(stream.size());
        for (StoredEvent e : stream) {
            history.add(e.event());
        }
        Product product = Product.replay(sku, history);
        long logged = stream.isEmpty() ? 0 : stream.get(stream.size() - 1).version();
        if (product.version() != logged) {
            throw new IllegalStateException(StoredEvent.streamOf(sku) + " holds " + stream.size()
                    + " events but ends at version " + logged);
        }
        return product;
    }
}
