package tally.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.PrintStream;
import java.util.Map;

/** Reads the command line and starts what it asks for. */
final class Launcher {
    private Launcher() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("tally: " + e.getMessage());
            err.println(LaunchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return 0;
        }
        EmbeddedServer server = startServer(options);
        out.println("Tally listening on http://" + options.host() + ":" + server.getPort());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "tally-shutdown"));
        return waitForever();
    }

    static EmbeddedServer startServer(LaunchOptions options) {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of(
                        "micronaut.server.port", options.port() == 0 ? -1 : options.port(),
                        "micronaut.server.host", options.host(),
                        "tally.data", options.data().toAbsolutePath().toString()))
                .start();
        return context.getBean(EmbeddedServer.class).start();
    }

    private static int waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
