package tally.client;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import tally.client.trust.KnownServers;
import tally.client.trust.TrustPromptView;
import tally.client.trust.TrustPromptViewModel;
import tally.client.ui.FxUiExecutor;

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
     * Opens a console window on {@code server} and returns when the operator closes it. An
     * HTTPS server's certificate is checked first, in the same window: asked about the first
     * time, refused when it has changed (see tally.client.trust).
     */
    public static void run(URI server) {
        run(server, List.of());
    }

    /**
     * The same, offering these users on the sign-in screen (the `demo` mode seeds them), so that
     * a class signs in with one click.
     */
    public static void run(URI server, List<DemoSignIn> demoUsers) {
        var closed = new CountDownLatch(1);
        Runnable open = () -> openOn(new Stage(), server, demoUsers, closed::countDown);
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

    /**
     * On the FX thread: the trust prompt on {@code stage} when the server needs one, then the
     * console in its place. {@code closed} runs when the window closes, console or not.
     */
    public static void openOn(Stage stage, URI server, Runnable closed) {
        openOn(stage, server, List.of(), closed);
    }

    /** The same, the console offering these users on its sign-in screen. */
    public static void openOn(Stage stage, URI server, List<DemoSignIn> demoUsers,
                              Runnable closed) {
        stage.setOnHidden(e -> closed.run());
        var ui = new FxUiExecutor();
        var trust = new TrustPromptViewModel(server, KnownServers.atDefaultPlace(), ui);
        trust.outcomeProperty().addListener((o, was, is) -> {
            switch (is) {
                case CONNECT -> {
                    ui.close();
                    openConsole(stage, server, demoUsers, closed);
                }
                case DECLINED -> {
                    ui.close();
                    stage.hide();
                }
                // The question and the explanation are longer than "Checking …": grow to them.
                case ASKING, REFUSED -> stage.sizeToScene();
                case CHECKING -> {
                }
            }
        });
        var prompt = new Scene(new TrustPromptView(trust).root());
        prompt.getStylesheets().add(TallyConsole.STYLESHEET);
        stage.setScene(prompt);
        stage.setTitle("Tally — " + KnownServers.nameOf(server));
        stage.setOnCloseRequest(e -> trust.refuse());
        trust.check();
        if (trust.outcomeProperty().get() != TrustPromptViewModel.Outcome.CONNECT) {
            stage.show();
        }
    }

    private static void openConsole(Stage stage, URI server, List<DemoSignIn> demoUsers,
                                    Runnable closed) {
        var console = TallyConsole.forServer(server, demoUsers);
        stage.setOnCloseRequest(null);
        console.showOn(stage);
        // After the prompt the window keeps the prompt's size unless told.
        stage.sizeToScene();
        stage.centerOnScreen();
        stage.setOnHidden(e -> {
            console.stop();
            closed.run();
        });
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
