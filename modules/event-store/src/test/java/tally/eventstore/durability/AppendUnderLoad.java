package tally.eventstore.durability;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.AppendResult;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.H2EventStore;

/**
 * The child JVM of {@link KillNineTest}: appends from several threads until it is killed, and
 * prints one line per answered append ({@code ACK id position version stream .}) the moment it
 * is answered. Arguments: the data folder, the number of threads.
 */
public final class AppendUnderLoad {
    private AppendUnderLoad() {
    }

    /** The event an append with this id records, so the parent can check what it finds. */
    static StockReceived eventOf(int thread, int n) {
        String sku = skuOf(thread);
        return new StockReceived(sku, "A-1", n, idOf(thread, n));
    }

    static String idOf(int thread, int n) {
        return "t" + thread + "-" + n;
    }

    static String skuOf(int thread) {
        return "K" + (thread % 3);
    }

    public static void main(String[] args) {
        var store = H2EventStore.open(EventStoreOptions.in(Path.of(args[0])));
        int threads = Integer.parseInt(args[1]);
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        out.println("READY");
        out.flush();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            new Thread(() -> {
                String stream = StoredEvent.streamOf(skuOf(thread));
                for (int n = 1; ; n++) {
                    AppendResult r = store.appendAndWait(AppendRequest.of(stream,
                            ExpectedVersion.ANY, idOf(thread, n), eventOf(thread, n)));
                    synchronized (out) {
                        out.println("ACK " + r.commandId() + " " + r.position() + " "
                                + r.version() + " " + r.stream() + " .");
                        out.flush();
                    }
                }
            }, "appender-" + t).start();
        }
    }
}
