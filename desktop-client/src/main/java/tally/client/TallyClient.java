package tally.client;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the console. Deliberately not a JavaFX {@code Application}: a fat jar whose main class
 * extends it fails with "JavaFX runtime components are missing", and {@code Application.launch}
 * works once per JVM. {@link Platform#startup} is used instead, and the toolkit is kept up after
 * the window closes, so that {@link #run} may be called again in the same JVM.
 */
public final class TallyClient {
    static final String USAGE = """
            usage: java tally.client.TallyClient [--server URL]
              --server URL    the Tally server (default http://localhost:8080)""";

    private TallyClient() {
    }

    /**
     * As {@link #run(URI)}, with the demo's users to offer at sign-in (the server side hands them
     * over; the console's sign-in offers them once it has one).
     */
    public static void run(URI server, List<DemoSignIn> demoUsers) {
        run(server);
    }

    /** Opens a console window on {@code server} and returns when the operator closes it. */
    public static void run(URI server) {
        var closed = new CountDownLatch(1);
        Runnable open = () -> {
            var stage = new Stage();
            var console = TallyConsole.forServer(server);
            console.showOn(stage);
            stage.setOnHidden(e -> {
                console.stop();
                closed.countDown();
            });
        };
        Platform.setImplicitExit(false);
        try {
            Platform.startup(open);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(open);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True when a window can be opened here: a display on Linux, always elsewhere. */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    public static void main(String[] args) {
        String server = "http://localhost:8080";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--server") && i + 1 < args.length) {
                server = args[++i];
            } else if (args[i].equals("--help")) {
                System.out.println(USAGE);
                return;
            } else {
                System.err.println("unknown option " + args[i]);
                System.err.println(USAGE);
                System.exit(2);
            }
        }
        run(URI.create(server));
        Platform.exit();
    }
}
