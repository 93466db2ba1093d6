package tally.query.locations;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;

/**
 * CPU of the locations projection alone per event (its Java threads: the caller and H2's writer;
 * not JIT, not GC), batches of receipts shaped like bench/cpu-per-command.sh's. Compiled and
 * run against the shipped jar: see docs/benchmarks.md, "Read models per command, 2026-12-05".
 * Arguments: events per batch, batches per round, a folder for the views database.
 */
public class LocationsCpu {
    public static void main(String[] args) throws Exception {
        int perBatch = Integer.parseInt(args[0]);
        int batches = Integer.parseInt(args[1]);
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + args[2] + "/views;DB_CLOSE_ON_EXIT=FALSE");
        Flyway.configure().dataSource(ds).locations("classpath:db/views").load().migrate();
        var projection = new LocationsProjection();
        var threads = ManagementFactory.getThreadMXBean();
        var random = new Random(15);
        long position = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            projection.opened(c, 0);
            // 200 SKUs in each of 20 bins (bench: 200 products in 20 bins; receipts spread)
            var seed = new ArrayList<StoredEvent>();
            for (int bin = 1; bin <= 20; bin++) {
                for (int i = 1; i <= 200; i++) {
                    seed.add(event(++position, "PERF-" + i, bin));
                }
            }
            projection.apply(c, seed, false);
            c.commit();
            projection.settled(true);
            for (int round = 0; round < 8; round++) {
                long cpu0 = javaThreadsCpu(threads);
                for (int b = 0; b < batches; b++) {
                    var batch = new ArrayList<StoredEvent>(perBatch);
                    for (int e = 0; e < perBatch; e++) {
                        int sku = 1 + random.nextInt(200);
                        batch.add(event(++position, "PERF-" + sku, 1 + sku % 20));
                    }
                    projection.apply(c, batch, false);
                    c.commit();
                    projection.settled(true);
                }
                long cpu = javaThreadsCpu(threads) - cpu0;
                System.out.printf("round %d: %d events per batch, %.2f us CPU per event%n",
                        round, perBatch, cpu / 1000.0 / batches / perBatch);
            }
        }
    }

    /** Every Java thread's CPU: this one's and H2's background writer's (not JIT, not GC). */
    private static long javaThreadsCpu(java.lang.management.ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                sum += t;
            }
        }
        return sum;
    }

    private static StoredEvent event(long position, String sku, int bin) {
        return new StoredEvent(position, "product-" + sku, position, "StockReceived",
                Instant.EPOCH, null, "bench",
                new StockReceived(sku, "P-" + (bin < 10 ? "0" : "") + bin, 1, null));
    }
}
