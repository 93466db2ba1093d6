package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;

/**
 * The console's plain messages over the fake sample, photographed: the banner while the stock
 * figures are paused (with a receive since, so that they are behind), and a command the server
 * never got ("not sent"), its form still filled.
 */
final class MessageShots {
    private final ScreenshotSession session;
    private final FakeTallyApi api;
    private final Scene scene;
    private final Path out;

    MessageShots(ScreenshotSession session, FakeTallyApi api, Path out) {
        this.session = session;
        this.api = api;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        fx(() -> {
            session.console().showTab("stock");
            return null;
        });
        api.controlProjection("stock", "pause");
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1001", "location",
                "A-01-02", "quantity", 12L));
        waitFor(() -> scene.lookup("#readModelBanner").isVisible(), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "read-model-banner");
        api.controlProjection("stock", "resume");
        waitFor(() -> !scene.lookup("#readModelBanner").isVisible(), 30);

        api.setDown(true);
        fx(() -> {
            ((ButtonBase) scene.lookup("#kind-receive")).fire();
            Map.of("sku", "SKU-1001", "location", "A-01-02", "quantity", "24", "reference",
                    "PO-7731").forEach((id, text) -> ((TextField) scene.lookup("#" + id))
                    .setText(text));
            ((ButtonBase) scene.lookup("#submit")).fire();
            return null;
        });
        waitFor(() -> text("#formMessage").startsWith("Not sent"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "command-not-sent");
        api.setDown(false);
    }

    private String text(String id) {
        Node n = scene.lookup(id);
        return ((Label) n).getText();
    }
}
