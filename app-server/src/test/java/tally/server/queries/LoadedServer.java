package tally.server.queries;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import tally.eventstore.EventStore;

/**
 * A child JVM for {@link CrashRecoveryTest}: the server's whole context (event log, views
 * database, projections) on a data folder, appending traffic until it is killed.
 */
public final class LoadedServer {
    private LoadedServer() {
    }

    public static void main(String[] args) {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tally.data", args[0]))
                .start();
        EventStore store = context.getBean(EventStore.class);
        var traffic = new Traffic(Long.parseLong(args[1]), 40, 15);
        while (true) {
            long head = traffic.append(store, 25);
            System.out.println("head " + head);
            System.out.flush();
        }
    }
}
