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
 * The scanner-first command form over the fake sample, photographed as a scanner drives it
 * (each code and Enter): a GS1-128 scan turned into its SKU, name and count; an unknown SKU
 * said by its field and offered for registering; the register form it opens; the receive it
 * comes back to; a quantity far above the usual, asked about once; and an unknown barcode given
 * to a SKU on the spot.
 */
final class ScanShots {
    private final ScreenshotSession session;
    private final FakeTallyApi api;
    private final Scene scene;
    private final Path out;

    ScanShots(ScreenshotSession session, FakeTallyApi api, Path out) {
        this.session = session;
        this.api = api;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        api.assignBarcode("4006381333931", "SKU-1001");
        fx(() -> {
            session.console().showTab("stock");
            ((ButtonBase) scene.lookup("#kind-receive")).fire();
            scan("#location", "A-01-01");
            scan("#sku", "]C10104006381333931" + "10LOT-7" + "\u241d" + "3024");
            return null;
        });
        waitFor(() -> field("#sku").equals("SKU-1001"), 30);
        shot("scan-gs1-resolved");
        fx(() -> {
            scan("#quantity", "24");
            scan("#reference", "");
            return null;
        });
        waitFor(() -> text("#formMessage").startsWith("Received 24"), 30);

        fx(() -> {
            scan("#location", "C-03-01");
            scan("#sku", "BOLT-M10");
            return null;
        });
        waitFor(() -> !text("#sku-error").isEmpty(), 30);
        shot("scan-unknown-sku");
        fx(() -> {
            scan("#sku", null);
            return null;
        });
        waitFor(() -> scene.getFocusOwner() != null
                && "name".equals(scene.getFocusOwner().getId()), 30);
        fx(() -> {
            ((TextField) scene.lookup("#name")).setText("Hex bolt M10 x 60");
            ((TextField) scene.lookup("#reorderPoint")).setText("50");
            return null;
        });
        shot("scan-register-unknown");
        fx(() -> {
            scan("#reorderPoint", null);
            return null;
        });
        waitFor(() -> text("#formMessage").endsWith("Back to the receive."), 30);
        shot("scan-back-to-receive");

        fx(() -> {
            scan("#quantity", "6000");
            scan("#reference", "");
            return null;
        });
        waitFor(() -> !text("#quantity-error").isEmpty(), 30);
        shot("scan-unusual-quantity");

        fx(() -> {
            scan("#quantity", "60");
            scan("#reference", "");
            return null;
        });
        waitFor(() -> text("#formMessage").startsWith("Received 60"), 30);
        fx(() -> {
            scan("#location", "A-01-02");
            scan("#sku", "96385074");
            return null;
        });
        waitFor(() -> !text("#sku-error").isEmpty(), 30);
        fx(() -> {
            scan("#sku", null);
            return null;
        });
        waitFor(() -> !field("#barcode").isEmpty(), 30);
        fx(() -> {
            ((TextField) scene.lookup("#sku")).setText("SKU-1002");
            return null;
        });
        shot("scan-give-barcode");
        fx(() -> {
            scan("#sku", null);
            return null;
        });
        waitFor(() -> text("#formMessage").endsWith("Back to the receive."), 30);
    }

    /** Types the code into the field (null: as it is) and presses Enter there. */
    private void scan(String id, String code) {
        var input = (TextField) scene.lookup(id);
        input.requestFocus();
        if (code != null) {
            input.setText(code);
        }
        input.fireEvent(new ActionEvent());
    }

    private void shot(String name) throws Exception {
        pause(500);
        ShotTools.shot(scene.getRoot(), out, name);
    }

    private String field(String id) {
        return ((TextField) scene.lookup(id)).getText();
    }

    private String text(String id) {
        return ((Label) scene.lookup(id)).getText();
    }
}
