package tally.client;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import tally.client.api.TallyApi;
import tally.client.location.LocationListRow;
import tally.client.stock.StockOverviewRow;
import tally.client.sync.Connection;
import tally.client.ui.FxUiExecutor;

/**
 * One console on one stage, driven from this (non-FX) thread as an operator would, through
 * its controls, and photographed screen by screen (see {@link Screenshots}).
 */
final class ScreenshotSession {
    /** The product that --pending registers, to show a row below its reorder point. */
    static final String GLOVES = "SKU-9001";

    private final TallyApi api;
    private final Path out;
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;
    private Scene scene;

    ScreenshotSession(TallyApi api, Path out) throws Exception {
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

    void run(boolean commands) throws Exception {
        waitFor(() -> console.connectionState().get() == Connection.State.CONNECTED, 30);
        waitFor(() -> !this.<StockOverviewRow>table("#stockTable").getItems().isEmpty(), 30);
        pause(1500);
        shot("stock");
        String sku = fx(() -> this.<StockOverviewRow>table("#stockTable").getItems().get(0).sku());
        var where = api.stock(sku, 0, 0).locations().get(0);
        fx(() -> {
            table("#stockTable").getSelectionModel().select(0);
            type("#productSku", sku);
            scene.lookup("#productSku").fireEvent(new ActionEvent());
            console.showTab("product");
            return null;
        });
        pause(1000);
        shot("product");
        fx(() -> {
            console.showTab("locations");
            table("#locationTable").getSelectionModel().select(0);
            if (table("#locationTable").getSelectionModel().getSelectedItem()
                    instanceof LocationListRow r) {
                type("#locationPick", r.location());
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
        fx(() -> {
            console.showTab("stock");
            return null;
        });
        issue("pick", Map.of("sku", sku, "location", where.location(),
                "quantity", Long.toString(where.quantity() + 100)));
        shot("command-refused");
        if (commands) {
            pendingThenApplied(sku, where.location());
            trainerWithALaggingReadModel(where.location());
            belowReorderPoint();
        } else {
            fx(() -> {
                console.showTab("trainer");
                return null;
            });
            pause(6000);
            shot("trainer");
        }
        close();
    }

    private void pendingThenApplied(String sku, String location) throws Exception {
        api.controlProjection("stock", "pause");
        issue("receive", Map.of("sku", sku, "location", location, "quantity", "1"));
        waitFor(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .anyMatch(StockOverviewRow::pending), 30);
        shot("stock-pending");
        api.controlProjection("stock", "resume");
        waitFor(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .noneMatch(StockOverviewRow::pending), 30);
        pause(500);
        shot("stock-applied");
    }

    /** The lesson of the trainer tab: a paused read model falls behind the log, then catches up. */
    private void trainerWithALaggingReadModel(String location) throws Exception {
        fx(() -> {
            console.showTab("trainer");
            ((ButtonBase) scene.lookup("#pause-locations")).fire();
            return null;
        });
        waitFor(() -> text("#state-locations").equals("PAUSED"), 30);
        boolean known = fx(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .anyMatch(r -> r.sku().equals(GLOVES)));
        if (!known) {
            issue("register", Map.of("sku", GLOVES, "name", "Safety gloves, pair",
                    "reorderPoint", "40"));
        }
        issue("receive", Map.of("sku", GLOVES, "location", location, "quantity", "12"));
        pause(5000);
        shot("trainer");
        fx(() -> {
            ((ButtonBase) scene.lookup("#resume-locations")).fire();
            return null;
        });
        waitFor(() -> text("#state-locations").equals("RUNNING"), 30);
    }

    private void belowReorderPoint() throws Exception {
        fx(() -> {
            console.showTab("stock");
            ((CheckBox) scene.lookup("#belowOnly")).setSelected(true);
            return null;
        });
        waitFor(() -> this.<StockOverviewRow>table("#stockTable").getItems().stream()
                .anyMatch(r -> r.sku().equals(GLOVES) && r.belowReorderPoint()), 30);
        pause(500);
        shot("stock-below-reorder");
        fx(() -> {
            ((CheckBox) scene.lookup("#belowOnly")).setSelected(false);
            return null;
        });
    }

    void unreachable() throws Exception {
        waitFor(() -> console.connectionState().get() == Connection.State.DOWN, 20);
        shot("unreachable");
        close();
    }

    /** Chooses the command, fills its fields by id and submits; waits for the answer. */
    private void issue(String kind, Map<String, String> fields) throws Exception {
        var ordered = new LinkedHashMap<>(fields);
        fx(() -> {
            ((ButtonBase) scene.lookup("#kind-" + kind)).fire();
            ordered.forEach(this::type);
            ((ButtonBase) scene.lookup("#submit")).fire();
            return null;
        });
        waitFor(() -> !text("#formMessage").startsWith("Sending"), 30);
        pause(1000);
    }

    private void close() throws Exception {
        fx(() -> {
            console.stop();
            scene.getWindow().hide();
            return null;
        });
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    private void type(String id, String text) {
        ((TextField) scene.lookup(id.startsWith("#") ? id : "#" + id)).setText(text);
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
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0,
                w);
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
