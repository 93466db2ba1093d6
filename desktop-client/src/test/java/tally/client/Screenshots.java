package tally.client;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import tally.client.api.TallyApi;
import tally.client.stock.StockRow;
import tally.client.sync.Connection;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.Rig;
import tally.client.ui.FxUiExecutor;

/**
 * Renders every screen of the real console to PNG, headless (Monocle), with
 * {@code scene.snapshot}. Run against a server with data, e.g. one in demo mode:
 * {@code ./mvnw -B -ntp -q -pl desktop-client test-compile exec:java@screenshots
 * -Dexec.args="--server http://localhost:8080 --out docs/screenshots"}.
 * {@code --fake} uses an in-memory server instead; {@code --pending} also records one
 * receive of 1 unit (with the stock read model paused) to show pending turning to applied.
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
            new Screenshots.Session(api, out).run(pending);
            new Screenshots.Session(new tally.client.api.HttpTallyApi(URI.create(
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
            api.otherClient("register-product", Rig.body("sku", p[0], "name", p[1],
                    "reorderPoint", Long.parseLong(p[2])));
        }
        api.otherClient("receive-stock", Rig.body("sku", "SKU-1001", "location", "A-01-01",
                "quantity", 480L));
        api.otherClient("receive-stock", Rig.body("sku", "SKU-1002", "location", "A-01-02",
                "quantity", 350L));
        api.otherClient("move-stock", Rig.body("sku", "SKU-1001", "from", "A-01-01",
                "to", "B-02-01", "quantity", 120L));
        api.otherClient("receive-stock", Rig.body("sku", "SKU-2001", "location", "DOCK-1",
                "quantity", 2500L));
        api.otherClient("pick-stock", Rig.body("sku", "SKU-2001", "location", "DOCK-1",
                "quantity", 1800L, "reference", "ORDER-77"));
        api.otherClient("receive-stock", Rig.body("sku", "SKU-3005", "location", "C-03-01",
                "quantity", 24L));
        return api;
    }

    /** One console on one stage, driven from this (non-FX) thread. */
    private static final class Session {
        private final TallyApi api;
        private final Path out;
        private final FxUiExecutor ui = new FxUiExecutor();
        private TallyConsole console;
        private Scene scene;

        Session(TallyApi api, Path out) throws Exception {
            this.api = api;
            this.out = out;
            fx(() -> {
                var stage = new Stage();
                console = new TallyConsole(api, ui);
                console.showOn(stage);
                scene = stage.getScene();
                return null;
            });
        }

        void run(boolean pending) throws Exception {
            waitFor(() -> console.connectionState().get() == Connection.State.CONNECTED, 20);
            pause(1500);
            shot("stock");
            String sku = fx(() -> {
                TableView<StockRow> table = table("#stockTable");
                return table.getItems().isEmpty() ? null : table.getItems().get(0).sku();
            });
            if (sku != null) {
                fx(() -> {
                    table("#stockTable").getSelectionModel().select(0);
                    ((TextField) scene.lookup("#productSku")).setText(sku);
                    scene.lookup("#productSku").fireEvent(new ActionEvent());
                    console.showTab("product");
                    return null;
                });
                pause(1000);
                shot("product");
            }
            fx(() -> {
                console.showTab("locations");
                table("#locationTable").getSelectionModel().select(0);
                Object first = table("#locationTable").getSelectionModel().getSelectedItem();
                if (first instanceof tally.client.location.LocationRow row) {
                    type("#locationPick", row.location());
                    scene.lookup("#locationPick").fireEvent(new ActionEvent());
                }
                return null;
            });
            pause(1000);
            shot("locations");
            fx(() -> {
                console.showTab("activity");
                return null;
            });
            pause(500);
            shot("activity");
            refusal(sku);
            if (pending && sku != null) {
                pendingThenApplied(sku);
            }
            fx(() -> {
                console.showTab("trainer");
                return null;
            });
            pause(6000);
            shot("trainer");
            fx(() -> {
                console.stop();
                scene.getWindow().hide();
                return null;
            });
        }

        private void refusal(String sku) throws Exception {
            fx(() -> {
                console.showTab("stock");
                ((ButtonBase) scene.lookup("#kind-pick")).fire();
                type("#sku", sku == null ? "NO-SUCH-SKU" : sku);
                type("#location", "A-01-01");
                type("#quantity", "999999");
                ((ButtonBase) scene.lookup("#submit")).fire();
                return null;
            });
            pause(1500);
            shot("command-refused");
        }

        private void pendingThenApplied(String sku) throws Exception {
            api.controlProjection("stock", "pause");
            fx(() -> {
                ((ButtonBase) scene.lookup("#kind-receive")).fire();
                type("#sku", sku);
                type("#location", "A-01-01");
                type("#quantity", "1");
                ((ButtonBase) scene.lookup("#submit")).fire();
                return null;
            });
            pause(1500);
            shot("stock-pending");
            api.controlProjection("stock", "resume");
            pause(2000);
            shot("stock-applied");
        }

        void unreachable() throws Exception {
            waitFor(() -> console.connectionState().get() == Connection.State.DOWN, 20);
            shot("unreachable");
            fx(() -> {
                console.stop();
                scene.getWindow().hide();
                return null;
            });
        }

        private void type(String id, String text) {
            ((TextField) scene.lookup(id)).setText(text);
        }

        @SuppressWarnings("unchecked")
        private <T> TableView<T> table(String id) {
            return (TableView<T>) scene.lookup(id);
        }

        private void shot(String name) throws Exception {
            WritableImage image = fx(() -> scene.snapshot(null));
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            var png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            var pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h,
                    javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
            png.setRGB(0, 0, w, h, pixels, 0, w);
            File file = out.resolve(name + ".png").toFile();
            ImageIO.write(png, "png", file);
            System.out.println("wrote " + file);
        }

        private static <T> T fx(Callable<T> work) throws Exception {
            var result = new CompletableFuture<T>();
            Platform.runLater(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(30, TimeUnit.SECONDS);
        }

        private static void waitFor(Callable<Boolean> condition, int seconds) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!fx(condition)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("gave up waiting after " + seconds + " s");
                }
                pause(200);
            }
        }

        private static void pause(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    }
}
