package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The register of bins, photographed: a supervisor's "define a bin" form under the locations,
 * filled in and sent, and the receive form asking once before it sends stock to a bin never
 * used before (a mistyped {@code a-01-02}).
 */
final class BinShots {
    private final ScreenshotSession session;
    private final Scene scene;
    private final Path out;

    BinShots(ScreenshotSession session, Path out) {
        this.session = session;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        fx(() -> {
            session.console().showTab("locations");
            type("#binCode", "D-01-01");
            type("#binName", "Dock shelf, left");
            type("#binZone", "Dock");
            type("#binCapacity", "400");
            ((ButtonBase) scene.lookup("#binDefine")).fire();
            return null;
        });
        waitFor(() -> text("#binMessage").startsWith("Bin D-01-01"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "define-bin");
        fx(() -> {
            session.console().showTab("stock");
            ((ButtonBase) scene.lookup("#kind-receive")).fire();
            type("#sku", "SKU-1002");
            type("#location", "a-01-02");
            type("#quantity", "6");
            ((ButtonBase) scene.lookup("#submit")).fire();
            return null;
        });
        waitFor(() -> text("#formMessage").startsWith("Bin a-01-02"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "new-bin-asked");
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    private void type(String id, String text) {
        ((TextField) scene.lookup(id)).setText(text);
    }
}
