package tally.client;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import tally.client.api.HttpTallyApi;
import tally.client.api.TallyApi;
import tally.client.testing.FakeSample;
import tally.client.testing.FakeSessions;
import tally.client.testing.FakeTallyApi;

/**
 * Renders every screen of the real console to PNG, headless (Monocle), with
 * {@code snapshot}. Run against a server with data, e.g. one in demo mode, signed in as a user
 * with every role (password in the environment, TALLY_PASSWORD):
 * {@code ./mvnw -B -ntp -q -pl desktop-client test-compile exec:java@screenshots
 * -Dexec.args="--server http://localhost:8080 --user shots --out docs/screenshots"}.
 * {@code --fake} uses an in-memory server instead, signed in as its {@code owner}, and adds
 * what only it can show: the demo users on the sign-in screen, a session that ends while a
 * form is half typed, and the server going away. {@code --pending} also issues commands
 * from the form, to show what the sample alone cannot: one receive of 1 unit with the stock
 * read model paused (pending, then applied), and, with the locations read model paused, a new
 * product SKU-9001 received below its reorder point (see {@link ScreenshotSession}). With
 * {@code --fake} it also shows orders, the place-order form and the pick screen
 * ({@link OrderShots}), the register of bins ({@link BinShots}), product and bin care
 * ({@link CareShots}), the banner over a paused read model and a command not sent
 * ({@link MessageShots}), and the scanner-first form ({@link ScanShots}). {@code --messages}
 * with {@code --fake} takes only those two; {@code --scan} only the scanner-first ones. {@code --paper} with
 * {@code --server} takes only the bins import and the paper shots ({@link PaperShots}),
 * {@code --lessons} with {@code --server} (the demo, as its trainer) the six lessons
 * ({@link LessonShots}).
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        String server = null;
        Path out = Path.of("docs", "screenshots");
        boolean fake = false;
        boolean pending = false;
        boolean messagesOnly = false;
        boolean scanOnly = false;
        boolean paperOnly = false;
        boolean lessonsOnly = false;
        String user = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server" -> server = args[++i];
                case "--user" -> user = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--fake" -> fake = true;
                case "--pending" -> pending = true;
                case "--messages" -> messagesOnly = true;
                case "--scan" -> scanOnly = true;
                case "--paper" -> paperOnly = true;
                case "--lessons" -> lessonsOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (server == null && !fake) {
            throw new IllegalArgumentException("give --server URL (or --fake)");
        }
        if (user == null && !fake) {
            throw new IllegalArgumentException("give --user NAME (password in TALLY_PASSWORD)");
        }
        String name = user == null ? "owner" : user;
        String password = fake ? FakeSessions.password(name) : System.getenv("TALLY_PASSWORD");
        if (password == null) {
            throw new IllegalArgumentException("set TALLY_PASSWORD to the password of " + name);
        }
        headless();
        Files.createDirectories(out);
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        int status = 0;
        try {
            FakeTallyApi sample = fake ? FakeSample.warehouse() : null;
            TallyApi api = fake ? sample : new HttpTallyApi(URI.create(server));
            var session = new ScreenshotSession(api, out,
                    fake ? FakeSessions.demoUsers() : List.of());
            session.signIn(name, password);
            if (fake && messagesOnly) {
                new MessageShots(session, sample, out).run();
                session.close();
                Platform.exit();
                System.exit(0);
            }
            if (fake && scanOnly) {
                new ScanShots(session, sample, out).run();
                session.close();
                Platform.exit();
                System.exit(0);
            }
            if (!fake && lessonsOnly) {
                new LessonShots(session, out).run();
                session.close();
                Platform.exit();
                System.exit(0);
            }
            if (!fake && paperOnly) {
                new PaperShots(session, out).run();
                session.close();
                Platform.exit();
                System.exit(0);
            }
            session.run(pending);
            if (!fake) {
                new ImportShots(session, out).run();
            }
            if (fake) {
                new OrderShots(session, out).run();
                new BinShots(session, out).run();
                new CareShots(session, sample, out).run();
                new MessageShots(session, sample, out).run();
                new ScanShots(session, sample, out).run();
                session.sessionEnded(sample.sessions()::endAll, name, password);
                session.serverGone(() -> sample.setDown(true));
            }
            session.close();
            new ScreenshotSession(new HttpTallyApi(URI.create("http://127.0.0.1:9")), out,
                    List.of()).unreachable();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The FX thread is not a daemon: without this the JVM (and exec:java) would wait on it.
        Platform.exit();
        System.exit(status);
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }
}
