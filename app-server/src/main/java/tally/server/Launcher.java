package tally.server;

import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import tally.server.LaunchOptions.Mode;

/** Reads the command line and starts what it asks for. */
final class Launcher {
    private Launcher() {
    }

    /** Runs to the end of the process's useful life and returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        LaunchOptions options;
        Map<String, Object> settings;
        try {
            options = LaunchOptions.parse(args);
            settings = Settings.of(options);
        } catch (IllegalArgumentException e) {
            err.println("tally: " + e.getMessage());
            err.println(LaunchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return 0;
        }
        Mode mode = options.mode() == Mode.AUTO
                ? (Display.available() ? Mode.DEMO : Mode.SERVER) : options.mode();
        if (mode == Mode.CLIENT) {
            ClientWindow.run(options.server());
            return 0;
        }
        TallyServer server;
        try {
            server = TallyServer.start(settings);
        } catch (IllegalStateException e) {
            err.println("tally: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tally-shutdown"));
        if (options.mode() == Mode.DEMO) {
            SampleWarehouse.seedIfEmpty(server.eventStore());
        }
        out.println("Tally listening on " + server.url());
        out.flush();
        if (mode == Mode.DEMO) {
            ClientWindow.run(clientUrl(server.url()));
            server.close();
            return 0;
        }
        return waitForShutdown();
    }

    /** The client reaches a server bound to every address through loopback. */
    private static URI clientUrl(URI server) {
        return "0.0.0.0".equals(server.getHost())
                ? URI.create("http://127.0.0.1:" + server.getPort()) : server;
    }

    private static int waitForShutdown() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
