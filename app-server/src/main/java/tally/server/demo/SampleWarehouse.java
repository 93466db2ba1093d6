package tally.server.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.events.Gtin;
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
import tally.events.LocationEvent.LocationDefined;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;

/**
 * A small, believable warehouse for {@code demo}: 50 products in 40 bins (each defined in the
 * register before stock arrives), each product with an EAN-13 ({@link #ean13Of}), and a few
 * thousand events of history, so every screen has
 * something true to show. The history keeps the
 * warehouse's rules (no bin below zero, moves between different bins) because it is generated
 * against a running tally of the stock, and it is the same every time (a fixed seed).
 */
public final class SampleWarehouse {
    private static final Logger LOG = LoggerFactory.getLogger(SampleWarehouse.class);
    private static final String[] THINGS = {"Hex bolt", "Wing nut", "Washer", "Wood screw",
        "Cable tie", "Hinge", "Bracket", "Castor wheel", "Padlock", "Drill bit"};
    private static final String[] SIZES = {"S", "M", "L", "XL", "steel"};
    static final int PRODUCTS = 50;
    static final int HISTORY = 3000;
    static final int BIN_CAPACITY = 1000;
    /** A longer history ({@code demo --history}) goes to the log in parts this large. */
    static final int PART = 10_000;

    private final Random random = new Random(42);
    private final List<String> bins = new ArrayList<>();
    private final Map<String, Map<String, Integer>> stock = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    /** The appends not yet sent to the log: a long history is sent a part at a time. */
    private final List<AppendRequest> appends = new ArrayList<>();
    private final EventStore store;
    private final int history;
    private int recorded;
    private AppendResult last;
    /** The bins' definitions, appended before any stock arrives: the demo's register is strict. */
    private final List<AppendRequest> definitions = new ArrayList<>();

    private SampleWarehouse(EventStore store, int history) {
        this.store = store;
        this.history = history;
        for (char aisle = 'A'; aisle <= 'D'; aisle++) {
            for (int bay = 1; bay <= 5; bay++) {
                for (int level = 1; level <= 2; level++) {
                    String bin = String.format("%c-%02d-%d", aisle, bay, level);
                    bins.add(bin);
                    definitions.add(AppendRequest.of(StoredEvent.streamOfLocation(bin),
                            ExpectedVersion.exactly(0), "sample-bin-" + bin,
                            new LocationDefined(bin, "Aisle " + aisle + ", bay " + bay + ", level "
                                    + level, "Aisle " + aisle, BIN_CAPACITY)));
                }
            }
        }
    }

    /** Seeds the sample warehouse into an empty log; a log with anything in it is left alone. */
    public static void seedIfEmpty(EventStore store) {
        seedIfEmpty(store, HISTORY);
    }

    /** The same with about {@code history} events of history instead of {@link #HISTORY}. */
    public static void seedIfEmpty(EventStore store, int history) {
        if (store.headPosition() > 0) {
            return;
        }
        var sample = new SampleWarehouse(store, history);
        sample.definitions.stream().map(store::append).toList()
                .forEach(CompletableFuture::join);
        sample.generate();
        sample.send();
        LOG.info("seeded the sample warehouse: {} products, {} bins, {} events", PRODUCTS,
                sample.bins.size(), sample.last.position());
    }

    /** The appends gathered so far, to the log, all at once (group commit), then waited for. */
    private void send() {
        var answers = appends.stream().map(store::append).toList();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        last = answers.get(answers.size() - 1).join();
        appends.clear();
    }

    private void generate() {
        for (int i = 0; i < PRODUCTS; i++) {
            String sku = String.format("SKU-%04d", 1001 + i);
            String name = THINGS[i % THINGS.length] + " " + SIZES[i / THINGS.length];
            record(new ProductRegistered(sku, name, 20 + random.nextInt(5) * 10));
            stock.put(sku, new HashMap<>());
            record(new StockReceived(sku, bin(), 40 + random.nextInt(200), "PO-" + (5000 + i)));
        }
        while (recorded < history) {
            String sku = String.format("SKU-%04d", 1001 + random.nextInt(PRODUCTS));
            nextEventFor(sku);
        }
        // After the history, so that its figures and positions stay what they were before
        // the demo had barcodes: one EAN-13 a product, for trying the console with a scanner.
        for (int i = 0; i < PRODUCTS; i++) {
            String sku = String.format("SKU-%04d", 1001 + i);
            record(new InventoryEvent.BarcodeAssigned(sku, "0" + ean13Of(sku)));
        }
    }

    /** The demo's EAN-13 of a product: 4000001, its SKU's number in five digits, a check digit. */
    static String ean13Of(String sku) {
        return Gtin.withCheckDigit("4000001" + String.format("%05d",
                Integer.parseInt(sku.substring("SKU-".length()))));
    }

    private void nextEventFor(String sku) {
        Map<String, Integer> held = stock.get(sku);
        int dice = random.nextInt(10);
        // Picks outweigh receipts a little, so some products end below their reorder point.
        if (held.isEmpty() || dice < 2) {
            record(new StockReceived(sku, bin(), 5 + random.nextInt(40),
                    "PO-" + (6000 + recorded)));
            return;
        }
        String from = held.keySet().stream().sorted().skip(random.nextInt(held.size()))
                .findFirst().orElseThrow();
        int there = held.get(from);
        if (dice < 8) {
            record(new StockPicked(sku, from, 1 + random.nextInt(Math.min(there, 20)),
                    "SO-" + (9000 + recorded)));
        } else if (dice < 9) {
            String to = bin();
            if (!to.equals(from)) {
                record(new StockMoved(sku, from, to, 1 + random.nextInt(there)));
            }
        } else {
            int counted = Math.max(0, there + random.nextInt(5) - 3);
            if (counted != there) {
                record(new StockAdjusted(sku, from, counted, counted - there, "cycle count"));
            }
        }
    }

    private void record(InventoryEvent e) {
        Map<String, Integer> held = stock.computeIfAbsent(e.sku(), s -> new HashMap<>());
        switch (e) {
            case ProductRegistered registered -> { } // no stock until its first receipt
            case InventoryEvent.ProductRenamed _, InventoryEvent.ReorderPointChanged _,
                 InventoryEvent.BarcodeAssigned _, InventoryEvent.BarcodeUnassigned _ -> { }
            case StockReceived r -> held.merge(r.location(), r.quantity(), Integer::sum);
            case StockPicked p -> held.merge(p.location(), -p.quantity(), Integer::sum);
            case StockMoved m -> {
                held.merge(m.from(), -m.quantity(), Integer::sum);
                held.merge(m.to(), m.quantity(), Integer::sum);
            }
            case StockAdjusted a -> held.merge(a.location(), a.delta(), Integer::sum);
            case StockReserved _, ReservationReleased _, ReservationReduced _, ReservedStockPicked _ ->
                    throw new IllegalArgumentException("the sample makes no orders: " + e);
        }
        held.values().removeIf(q -> q == 0);
        long version = versions.merge(e.sku(), 1L, Long::sum);
        appends.add(AppendRequest.of(StoredEvent.streamOf(e.sku()),
                ExpectedVersion.exactly(version - 1), "sample-" + recorded, e));
        recorded++;
        if (appends.size() == PART) {
            send();
        }
    }

    private String bin() {
        return bins.get(random.nextInt(bins.size()));
    }
}
