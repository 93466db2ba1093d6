package tally.eventstore.bench;

import java.util.ArrayList;
import java.util.List;
import tally.eventstore.EventStore;
import tally.eventstore.postgres.PostgresEventStore;
import tally.eventstore.postgres.PostgresOptions;

/**
 * The append runs on a PostgreSQL log: for each number of nodes, that many stores open on the
 * same database in this JVM (each with its own writer, as separate nodes have), the writers
 * spread over them. Nodes in one JVM share its CPU, as nodes on one small machine would.
 */
final class PostgresAppends {
    private PostgresAppends() {
    }

    static void measure(BenchSettings settings, List<List<String>> rows) throws Exception {
        var options = PostgresOptions.of(settings.pg(), System.getenv("PGUSER"),
                System.getenv("PGPASSWORD"));
        boolean coldCode = true;
        for (int n : settings.nodes()) {
            var nodes = new ArrayList<EventStore>();
            try {
                for (int i = 0; i < n; i++) {
                    nodes.add(PostgresEventStore.open(options));
                }
                var load = new AppendLoad(nodes);
                if (coldCode) {
                    load.run(64, settings.jit());
                    coldCode = false;
                }
                for (int writers : settings.writers()) {
                    load.run(writers, settings.warmup());
                    var outcome = load.run(writers, settings.seconds());
                    String label = "postgres, " + n + (n == 1 ? " node" : " nodes");
                    rows.add(AppendLoad.row(label, writers, outcome));
                    System.out.printf("  %s, %d writers: %,.0f appends/s%n", label, writers,
                            outcome.perSecond());
                }
            } finally {
                nodes.forEach(EventStore::close);
            }
        }
    }
}
