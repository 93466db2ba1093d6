package tally.command.writer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tally.command.domain.Product;
import tally.command.writer.WriterMessage.ProductLoaded;
import tally.events.InventoryEvent;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * The products the writer has decided on, each loaded from its stream on first use and kept in
 * memory, so a long stream is read once, not per command. The least recently used product goes
 * once there are more than {@code capacity}: it reloads if needed again.
 *
 * <p>A stream is read on a loader thread, not the writer's: a product with 100,000 events took
 * seconds to read, and every other product's commands waited behind it. Its own commands wait,
 * in the order they came, and are decided on the writer's thread once it is in. Everything but
 * {@link #load} runs on the writer's thread only.
 */
final class ProductCache {
    private final EventStore store;
    private final Map<String, Product> products;
    private final Map<String, List<PendingCommand>> waiting = new HashMap<>();
    private final ThreadPoolExecutor loaders;
    private final Consumer<ProductLoaded> done;
    private final AtomicLong loads = new AtomicLong();

    /** {@code done} hands a finished load to the writer's thread. */
    ProductCache(EventStore store, int capacity, Consumer<ProductLoaded> done) {
        this.store = store;
        this.done = done;
        this.products = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Product> eldest) {
                return size() > capacity;
            }
        };
        var count = new AtomicInteger();
        this.loaders = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    var t = new Thread(r, "command-loader-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        loaders.allowCoreThreadTimeOut(true);
    }

    /** The product in memory, or null: then {@link #await} the command until it is loaded. */
    Product cached(String sku) {
        return products.get(sku);
    }

    /** Parks a command whose product is not in memory, and starts reading it unless begun. */
    void await(String sku, PendingCommand command) {
        var parked = waiting.get(sku);
        if (parked != null) {
            parked.add(command);
            return;
        }
        parked = new ArrayList<>();
        parked.add(command);
        waiting.put(sku, parked);
        loaders.execute(() -> {
            try {
                done.accept(new ProductLoaded(sku, load(sku), null));
            } catch (RuntimeException e) {
                done.accept(new ProductLoaded(sku, null, e));
            }
        });
    }

    /** Keeps what was loaded; answers the commands that waited for it, in the order they came. */
    List<PendingCommand> take(ProductLoaded loaded) {
        if (loaded.product() != null) {
            products.put(loaded.sku(), loaded.product());
        }
        return waiting.remove(loaded.sku());
    }

    /** Whether a stream is being read for commands that wait. */
    boolean loading() {
        return !waiting.isEmpty();
    }

    /** Forgets this very product (not a newer load of the same SKU): the log knows better. */
    void evict(Product product) {
        products.remove(product.sku(), product);
    }

    /** How many streams have been read so far. */
    long loads() {
        return loads.get();
    }

    void close() {
        loaders.shutdown();
    }

    private Product load(String sku) {
        loads.incrementAndGet();
        List<StoredEvent> stream = store.readStream(StoredEvent.streamOf(sku));
        var history = new ArrayList<InventoryEvent>(stream.size());
        for (StoredEvent e : stream) {
            // A product's stream holds product events only: the store appends what we decided.
            history.add((InventoryEvent) e.event());
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
