package tally.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.command.gateway.CommandGateway;
import tally.command.domain.Command;
import tally.command.domain.OrderCommand.CancelOrder;
import tally.command.domain.OrderCommand.PlaceOrder;
import tally.command.domain.ProductCommand.AdjustStock;
import tally.command.domain.ProductCommand.ReceiveStock;
import tally.command.domain.ProductCommand.RegisterProduct;
import tally.events.OrderEvent.OrderLine;
import tally.eventstore.EventStore;
import tally.eventstore.FollowerControls.State;

/**
 * The allocation on the real write side: the command module's gateway and writer on a real H2
 * log, wired as the server wires them.
 */
class AllocationOnTheWriterTest {
    static final String SKU = "SCARCE-1";
    static final List<String> LOCATIONS = List.of("A-01", "B-01", "C-01");
    @TempDir
    Path dir;
    ApplicationContext context;
    CommandGateway gateway;
    EventStore store;
    Allocation allocation;
    final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void start() {
        context = ApplicationContext.run(Map.of("tally.data", dir.toString()));
        gateway = context.getBean(CommandGateway.class);
        store = context.getBean(EventStore.class);
        allocation = context.getBean(Allocation.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    /** An operator's or supervisor's command; a refusal (422) is an answer, not a failure. */
    boolean issue(String user, Command command) {
        try {
            gateway.issue(user + "-" + ids.incrementAndGet(), user, command).join();
            return true;
        } catch (java.util.concurrent.CompletionException e) {
            return false;
        }
    }

    void settled() {
        AllocationRig.until(() -> allocation.position() == store.headPosition()
                && allocation.controls().state() == State.RUNNING);
    }

    @Test
    void the_server_wires_it_as_a_follower_of_the_log_named_allocation() {
        assertThat(context.getBeansOfType(tally.eventstore.LogFollower.class))
                .extracting(tally.eventstore.LogFollower::name).containsExactly("allocation");
    }

    @Test
    void an_order_placed_is_allocated_and_a_cancelled_one_frees_its_stock_for_the_next() {
        issue("supervisor", new RegisterProduct(SKU, "Scarce", 0));
        issue("operator", new ReceiveStock(SKU, "A-01", 3, null));
        issue("supervisor", new PlaceOrder("SO-1", null, List.of(new OrderLine(SKU, 3))));
        issue("supervisor", new PlaceOrder("SO-2", null, List.of(new OrderLine(SKU, 2))));
        settled();
        var fold = LogFold.of(store);
        assertThat(fold.line("SO-1", SKU).reserved).isEqualTo(3);
        assertThat(fold.line("SO-2", SKU).backordered).isEqualTo(2);

        issue("supervisor", new CancelOrder("SO-1", null));
        settled();
        fold = LogFold.of(store);
        assertThat(fold.line("SO-2", SKU).reserved).isEqualTo(2);
        assertThat(fold.reservedOf(SKU)).isEqualTo(2);
        assertThat(store.readAll(0, 1000)).filteredOn(e -> e.commandId() != null
                        && e.commandId().startsWith("allocation-"))
                .allMatch(e -> Reactions.USER.equals(e.user()));
    }

    @Test
    void sixteen_clients_ordering_a_scarce_sku_while_others_receive_and_count_never_overbook()
            throws Exception {
        issue("supervisor", new RegisterProduct(SKU, "Scarce", 0));
        for (String location : LOCATIONS) {
            issue("operator", new ReceiveStock(SKU, location, 20, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(18);
        var work = new ArrayList<Future<?>>();
        var placed = new AtomicInteger();
        for (int client = 0; client < 16; client++) {
            int c = client;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 200 / 16 + (c < 200 % 16 ? 1 : 0); i++) {
                    int wanted = 1 + ThreadLocalRandom.current().nextInt(5);
                    if (issue("supervisor", new PlaceOrder("SO-" + c + "-" + i, null,
                            List.of(new OrderLine(SKU, wanted))))) {
                        placed.incrementAndGet();
                    }
                }
            }));
        }
        work.add(pool.submit(() -> {
            for (int i = 0; i < 40; i++) {
                issue("operator", new ReceiveStock(SKU, LOCATIONS.get(i % 3), 3, null));
            }
        }));
        work.add(pool.submit(() -> {
            for (int i = 0; i < 40; i++) {
                issue("operator", new AdjustStock(SKU, LOCATIONS.get(i % 3),
                        ThreadLocalRandom.current().nextInt(25), "cycle count"));
            }
        }));
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        settled();

        var fold = LogFold.of(store);
        assertThat(placed.get()).isEqualTo(200);
        assertThat(fold.overReserved).isEmpty();
        int wanted = fold.orders.values().stream().mapToInt(l -> l.get(SKU).ordered).sum();
        assertThat(fold.reservedOf(SKU)).isEqualTo(Math.min(wanted, fold.stockOf(SKU)));
        assertThat(fold.linesNotAddingUp()).isEmpty();
        assertThat(fold.decisions).hasSize(200);
        assertThat(allocation.controls().lastError()).isNull();
    }
}
