package tally.client;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import tally.client.api.TallyApi;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;

/**
 * Renders every screen of the real console to PNG, headless (Monocle), with
 * {@code scene.snapshot}. Run against a server with data, e.g. one in demo mode:
 * {@code ./mvnw -B -ntp -q -pl desktop-client test-compile exec:java@screenshots
 * -Dexec.args="--server http://localhost:8080 --out docs/screenshots"}.
 * {@code --fake} uses an in-memory server instead. {@code --pending} also issues commands
 * from the form, to show what the sample alone cannot: one receive of 1 unit with the stock
 * read model paused (pending, then applied), and, with the locations read model paused, a new
 * product SKU-9001 received below its reorder point (see {@link ScreenshotSession}).
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        String server = null;
        Path out = Path.of("docs", "screenshots");
        boolean fake = false;
        boolean pending = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server" -> server = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--fake" -> fake = true;
                case "--pending" -> pending = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (server == null && !fake) {
            throw new IllegalArgumentException("give --server URL (or --fake)");
        }
        headless();
        Files.createDirectories(out);
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        int status = 0;
        try {
            TallyApi api = fake ? sample() : new tally.client.api.HttpTallyApi(URI.create(server));
            new ScreenshotSession(api, out).run(pending);
            new ScreenshotSession(new tally.client.api.HttpTallyApi(URI.create(
                    "http://127.0.0.1:9")), out).unreachable();
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

    private static FakeTallyApi sample() {
        var api = new FakeTallyApi();
        String[][] products = {{"SKU-1001", "Hex bolt M8 x 40", "200"},
            {"SKU-1002", "Washer M8", "500"}, {"SKU-2001", "Cable tie 200 mm", "1000"},
            {"SKU-3005", "Pallet wrap 500 mm", "10"}};
        for (String[] p : products) {
            api.otherClient("register-product", CommandBody.of("sku", p[0], "name", p[1],
                    "reorderPoint", Long.parseLong(p[2])));
        }
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1001", "location", "A-01-01",
                "quantity", 480L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1002", "location", "A-01-02",
                "quantity", 350L));
        api.otherClient("move-stock", CommandBody.of("sku", "SKU-1001", "from", "A-01-01",
                "to", "B-02-01", "quantity", 120L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2001", "location", "DOCK-1",
                "quantity", 2500L));
        api.otherClient("pick-stock", CommandBody.of("sku", "SKU-2001", "location", "DOCK-1",
                "quantity", 1800L, "reference", "ORDER-77"));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-3005", "location", "C-03-01",
                "quantity", 24L));
        return api;
    }
}
