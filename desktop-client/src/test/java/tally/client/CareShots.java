package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import tally.client.testing.FakeTallyApi;

/**
 * Product care and bin care over the fake sample, photographed at the console's 1280x800: a
 * product renamed and given a reorder point above its stock, a reorder point refused by its
 * field, and a bin that still holds units refused its retirement in one line.
 */
final class CareShots {
    private final ScreenshotSession session;
    private final FakeTallyApi api;
    private final Scene scene;
    private final Path out;

    CareShots(ScreenshotSession session, FakeTallyApi api, Path out) {
        this.session = session;
        this.api = api;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        fx(() -> {
            session.console().showTab("product");
            type("#productSku", "SKU-3005");
            scene.lookup("#productSku").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> text("#productTitle").startsWith("SKU-3005"), 30);
        fx(() -> {
            type("#careName", "Pallet wrap 500 mm, clear");
            fire("#careRename");
            return null;
        });
        waitFor(() -> text("#productTitle").endsWith("clear"), 30);
        fx(() -> {
            type("#careReorderPoint", "40");
            fire("#careSetReorderPoint");
            return null;
        });
        waitFor(() -> text("#productFigures").contains("reorder point 40"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "product-care");
        fx(() -> {
            type("#careReorderPoint", "-3");
            fire("#careSetReorderPoint");
            return null;
        });
        waitFor(() -> !text("#careReorderPoint-error").isEmpty(), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "product-care-refused");

        api.defineBin("A-01-01");
        fx(() -> {
            session.console().showTab("locations");
            type("#locationPick", "A-01-01");
            scene.lookup("#locationPick").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> ((TextField) scene.lookup("#careBinCode")).getText().equals("A-01-01"), 30);
        fx(() -> {
            fire("#binRetire");
            return null;
        });
        waitFor(() -> text("#binCareMessage").startsWith("Not retired"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "bin-retire-refused");
    }

    private void fire(String id) {
        ((ButtonBase) scene.lookup(id)).fire();
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }

    private void type(String id, String text) {
        ((TextField) scene.lookup(id)).setText(text);
    }
}
