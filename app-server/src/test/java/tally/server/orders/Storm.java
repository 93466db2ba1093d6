package tally.server.orders;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import tally.server.openapi.CheckedHttp;

/**
 * Many clients at once against one scarce SKU over three locations: some place orders, one
 * receives, one counts, one cancels some of the orders placed. Each client has its own HTTP
 * connection and checks every exchange against the OpenAPI document. What the server
 * acknowledged is noted, so that a test can ask the log for it; a client whose server is gone
 * (killed) stops quietly.
 */
final class Storm {
    static final List<String> LOCATIONS = List.of("S-A", "S-B", "S-C");

    private final URI base;
    private final String bearer;
    private final String sku;
    private final String prefix;
    /** Acknowledged orders and how many units each asked for. */
    final Map<String, Integer> placed = new ConcurrentHashMap<>();
    final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    final List<String> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger placers = new AtomicInteger();
    private volatile boolean placing = true;

    Storm(URI base, String bearer, String sku, String prefix) {
        this.base = base;
        this.bearer = bearer;
        this.sku = sku;
        this.prefix = prefix;
    }

    /**
     * Runs {@code clients} placers until {@code orders} are placed, with a receiver, a counter
     * and, if asked, a canceller beside them; returns the tasks to wait on.
     */
    List<Future<?>> start(ExecutorService pool, int clients, int orders, boolean cancel) {
        var tasks = new ArrayList<Future<?>>();
        placers.set(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            tasks.add(pool.submit(() -> place(client, orders)));
        }
        tasks.add(pool.submit(this::receive));
        tasks.add(pool.submit(this::count));
        if (cancel) {
            tasks.add(pool.submit(this::cancel));
        }
        return tasks;
    }

    static ExecutorService pool() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    private OrderDesk desk() {
        return new OrderDesk(base, bearer);
    }

    private void place(int client, int orders) {
        var desk = desk();
        var random = new Random(client);
        try {
            for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                String orderId = prefix + i;
                int quantity = 1 + random.nextInt(3);
                var a = desk.send("place-order", OrderDesk.orderBody(orderId, sku, quantity));
                if (a.status() == 200) {
                    placed.put(orderId, quantity);
                } else {
                    faults.add(orderId + " answered " + a.status() + " " + a.body());
                }
            }
        } catch (UncheckedIOException gone) {
            // the server was killed under it
        } finally {
            if (placers.decrementAndGet() == 0) {
                placing = false;
            }
        }
    }

    /** Receipts of a few units now and then, at any of the locations. */
    private void receive() {
        whilePlacing("receive-stock", 100, 15, random -> "\"quantity\":"
                + (1 + random.nextInt(6)));
    }

    /** Counts that find anything from none to more than the log says: cuts and fills. */
    private void count() {
        whilePlacing("adjust-stock", 200, 40, random -> "\"countedQuantity\":"
                + random.nextInt(25) + ",\"reason\":\"storm count\"");
    }

    /** The command for the SKU at a location drawn at random, again and again while placing. */
    private void whilePlacing(String command, long seed, long pauseMillis,
                              Function<Random, String> rest) {
        var desk = desk();
        var random = new Random(seed);
        try {
            while (placing) {
                String location = LOCATIONS.get(random.nextInt(LOCATIONS.size()));
                note(command, desk.send(command, "{\"sku\":\"" + sku + "\",\"location\":\""
                        + location + "\"," + rest.apply(random) + "}"));
                OrderDesk.sleep(pauseMillis);
            }
        } catch (UncheckedIOException gone) {
            // the server was killed under it
        }
    }

    /** Cancels about one order in ten, once the server has acknowledged it. */
    private void cancel() {
        var desk = desk();
        try {
            while (placing) {
                for (String orderId : List.copyOf(placed.keySet())) {
                    if (orderId.hashCode() % 10 == 0 && !cancelled.contains(orderId)) {
                        var a = desk.send("cancel-order", "{\"orderId\":\"" + orderId + "\"}");
                        note("cancel-order", a);
                        if (a.status() == 200) {
                            cancelled.add(orderId);
                        }
                    }
                }
                OrderDesk.sleep(30);
            }
        } catch (UncheckedIOException gone) {
            // the server was killed under it
        }
    }

    private void note(String command, CheckedHttp.Answer a) {
        if (a.status() != 200) {
            faults.add(command + " answered " + a.status() + " " + a.body());
        }
    }
}
