package tally.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.EventStore;

/** A running server: the Micronaut context, its HTTP server, and the lock on its data folder. */
public final class TallyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TallyServer.class);

    private final DataFolderLock lock;
    private final ApplicationContext context;
    private final EmbeddedServer http;
    private final Path dataFolder;

    private TallyServer(DataFolderLock lock, ApplicationContext context, EmbeddedServer http,
                        Path dataFolder) {
        this.lock = lock;
        this.context = context;
        this.http = http;
        this.dataFolder = dataFolder;
    }

    /** Locks the data folder, opens the log and the read models, and starts listening. */
    public static TallyServer start(Map<String, Object> settings) {
        long started = System.nanoTime();
        var withTls = new HashMap<>(settings);
        withTls.putAll(TlsSettings.micronaut(settings, System.getenv()));
        Path dataFolder = Settings.dataFolder(settings);
        DataFolderLock lock = DataFolderLock.acquire(dataFolder);
        ApplicationContext context = null;
        try {
            // Each of these is a scan at start-up for what this server never has: a bootstrap
            // context (distributed configuration), an environment told by the stack or a cloud.
            context = ApplicationContext.builder().bootstrapEnvironment(false)
                    .deduceEnvironment(false).deduceCloudEnvironment(false)
                    .properties(withTls).start();
            EmbeddedServer http = context.getBean(EmbeddedServer.class);
            if (!http.isRunning()) {
                http.start();
            }
            var server = new TallyServer(lock, context, http, dataFolder);
            LOG.info("Tally started in {} ms: {} with data in {}, {} events in the log",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), server.url(),
                    dataFolder, server.eventStore().headPosition());
            TlsSettings.plainOnTheNetwork(settings).ifPresent(LOG::warn);
            return server;
        } catch (RuntimeException e) {
            if (context != null) {
                context.close();
            }
            lock.close();
            throw e;
        }
    }

    public URI url() {
        return URI.create(http.getScheme() + "://" + http.getHost() + ":" + http.getPort());
    }

    public int port() {
        return http.getPort();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public ApplicationContext context() {
        return context;
    }

    EventStore eventStore() {
        return context.getBean(EventStore.class);
    }

    /** Answers what is in flight, checkpoints the read models, compacts the log, unlocks. */
    @Override
    public void close() {
        try {
            if (context.isRunning()) {
                context.close();
            }
        } finally {
            lock.close();
        }
    }
}
