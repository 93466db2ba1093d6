package tally.client.paper;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A screen's paper menu ("Bin labels…", "Pick list…"): Save as PDF…, Print…, and for labels
 * QR codes instead of Code 128; beside it, what the last one came to. Ctrl+P opens the menu of
 * the screen in front (TallyConsole); it is also in the Tab order, and Space opens it.
 */
public final class PaperTool extends HBox {
    /** Where a save goes: the dialog in the console, a folder of the test's in tests. */
    @FunctionalInterface
    public interface SaveDialog {
        /** The file chosen, or null when the user cancelled. */
        File choose(String proposedName, Window owner);
    }

    private final MenuButton menu;
    private SaveDialog dialog = PaperTool::chooseFile;

    /**
     * @param id            the menu's control id; its items are {@code id + "Save"}, {@code
     *                      "Print"}, {@code "Qr"}, its message {@code id + "Message"}
     * @param nothingChosen what the user must choose when the screen has nothing to print
     */
    public PaperTool(String id, String text, boolean labels, String nothingChosen,
                     PaperViewModel vm) {
        var save = new MenuItem("Save as PDF…");
        save.setId(id + "Save");
        save.setOnAction(e -> withSheet(vm, nothingChosen, sheet -> {
            File file = dialog.choose(sheet.fileName(), window());
            if (file != null) {
                vm.save(sheet, file.toPath());
            }
        }));
        var print = new MenuItem("Print…");
        print.setId(id + "Print");
        print.setOnAction(e -> withSheet(vm, nothingChosen, sheet -> vm.print(sheet, window())));
        menu = new MenuButton(text, null, save, print);
        menu.setId(id);
        menu.setMnemonicParsing(false);
        if (labels) {
            var qr = new CheckMenuItem("QR codes instead of Code 128");
            qr.setId(id + "Qr");
            qr.selectedProperty().bindBidirectional(vm.qrProperty());
            menu.getItems().add(qr);
        }
        menu.disableProperty().bind(vm.busyProperty());
        menu.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var message = new Label();
        message.setId(id + "Message");
        message.textProperty().bind(vm.messageProperty());
        // A long message (a server's refusal) wraps rather than losing its end to an ellipsis.
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(menu, message);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
    }

    /**
     * Puts the focus on the menu and opens it: the arrow keys and Enter choose. When it closes
     * the focus goes back where it was, so that the next scan lands where it did before.
     */
    public void open() {
        var before = getScene() == null ? null : getScene().getFocusOwner();
        menu.setOnHidden(e -> {
            menu.setOnHidden(null);
            if (before != null && before.getScene() == getScene() && !before.isDisabled()) {
                before.requestFocus();
            }
        });
        menu.requestFocus();
        menu.show();
    }

    /** Tests save to a folder of their own instead of asking. */
    public void saveDialog(SaveDialog dialog) {
        this.dialog = dialog;
    }

    private static void withSheet(PaperViewModel vm, String nothingChosen,
                                  java.util.function.Consumer<Sheet> then) {
        Sheet sheet = vm.sheet();
        if (sheet == null) {
            vm.nothingChosen(nothingChosen);
        } else {
            then.accept(sheet);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static File chooseFile(String proposedName, Window owner) {
        var chooser = new FileChooser();
        chooser.setTitle("Save " + proposedName);
        chooser.setInitialFileName(proposedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF files", "*.pdf"));
        return chooser.showSaveDialog(owner);
    }
}
