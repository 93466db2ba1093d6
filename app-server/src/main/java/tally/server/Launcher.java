package tally.server;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import tally.client.DemoSignIn;
import tally.client.TallyClient;
import tally.server.LaunchOptions.Mode;
import tally.server.demo.DemoUsers;
import tally.server.demo.SampleWarehouse;
import tally.users.UserAccounts;

/** Reads the command line and starts what it asks for. */
final class Launcher {
    private Launcher() {
    }

    /** Runs to the end of the process's useful life and returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("users")) {
            return AddUserCommand.run(args, System.in, System.console(), out, err);
        }
        if (args.length > 0 && args[0].equals("backup")) {
            return BackupCommands.backup(args, out, err);
        }
        if (args.length > 0 && args[0].equals("restore")) {
            return BackupCommands.restore(args, out, err);
        }
        if (args.length > 0 && args[0].equals("copy-log")) {
            return CopyLogCommand.run(args, System.getenv(), out, err);
        }
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
        Mode mode = options.mode();
        if (mode == Mode.CLIENT) {
            if (!displayAvailable()) {
                err.println("tally: the client needs a display, and there is none here"
                        + " (DISPLAY is not set)");
                return 1;
            }
            TallyClient.run(options.server());
            return 0;
        }
        // Without a display a demo still serves its sample warehouse, to clients elsewhere.
        boolean withClient = (mode == Mode.DEMO || mode == Mode.AUTO) && displayAvailable();
        var portTaken = PortInUse.check(settings);
        if (portTaken.isPresent()) {
            err.println("tally: " + portTaken.get());
            return 1;
        }
        TallyServer server;
        try {
            server = TallyServer.start(settings);
        } catch (IllegalStateException e) {
            err.println("tally: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            var noLog = StoreSettings.openFailure(e); // e.g. PostgreSQL unreachable: one line
            if (noLog.isPresent()) {
                err.println("tally: " + noLog.get());
                return 1;
            }
            if (!PortInUse.causedBy(e)) {
                throw e;
            }
            err.println("tally: " + PortInUse.message(String.valueOf(settings.get(Settings.HOST)),
                    settings.get(Settings.PORT))); // taken between the check and the start
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tally-shutdown"));
        List<DemoSignIn> demoUsers = List.of();
        if (mode == Mode.DEMO) {
            if (options.history().isPresent()) {
                SampleWarehouse.seedIfEmpty(server.eventStore(), options.history().get());
            } else {
                SampleWarehouse.seedIfEmpty(server.eventStore());
            }
            demoUsers = DemoUsers.seed(server.context().getBean(UserAccounts.class), out);
        }
        out.println("Tally listening on " + server.url());
        out.flush();
        if (withClient) {
            TallyClient.run(clientUrl(server.url()), demoUsers);
            server.close();
            return 0;
        }
        return waitForShutdown();
    }

    /** The client reaches a server bound to every address through loopback. */
    private static URI clientUrl(URI server) {
        return "0.0.0.0".equals(server.getHost())
                ? URI.create(server.getScheme() + "://127.0.0.1:" + server.getPort()) : server;
    }

    /** A window can open: not told otherwise, and a display is there. */
    private static boolean displayAvailable() {
        return !Boolean.getBoolean("java.awt.headless") && TallyClient.displayAvailable();
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
