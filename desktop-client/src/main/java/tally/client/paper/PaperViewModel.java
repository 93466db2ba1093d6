package tally.client.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * One screen's paper: the sheet it prints now (the chosen bin, product or order, or all of
 * them), saved as the server's PDF and opened in the desktop's viewer, or printed through
 * {@link Printing}. What came of it is one line in {@link #messageProperty()}.
 */
public final class PaperViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final Printing printing;
    private final Viewer viewer;
    private final Function<Boolean, Sheet> sheet;
    private final BooleanProperty qr = new SimpleBooleanProperty(this, "qr");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * {@code sheet}: the sheet to print now, given whether labels carry QR codes rather than
     * Code 128; null when nothing is chosen that the screen prints (no order).
     */
    public PaperViewModel(TallyApi api, UiExecutor ui, Printing printing, Viewer viewer,
                          Function<Boolean, Sheet> sheet) {
        this.api = api;
        this.ui = ui;
        this.printing = printing;
        this.viewer = viewer;
        this.sheet = sheet;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Labels with QR codes instead of Code 128 (the server's {@code code=qr}). */
    public BooleanProperty qrProperty() {
        return qr;
    }

    /** What would be printed now; null when nothing is chosen that this screen prints. */
    public Sheet sheet() {
        return sheet.apply(qr.get());
    }

    /**
     * Fetches the sheet and writes it whole to {@code target} (a temporary file beside it,
     * then moved in place: a failure never leaves half a PDF), then opens it in the viewer.
     */
    public void save(Sheet asked, Path target) {
        busy.set(true);
        message.set("Fetching " + asked.what() + "…");
        ui.call(() -> {
            byte[] pdf = api.paper(asked.pathAndQuery());
            int pages = PdfPages.count(pdf);
            write(target, pdf);
            return new Saved(pages, viewer.open(target));
        }, saved -> {
            busy.set(false);
            message.set("Saved " + PaperWords.pages(saved.pages()) + " to "
                    + target.getFileName() + (saved.opened() ? "; opened in the viewer."
                    : "."));
        }, failed -> {
            busy.set(false);
            message.set("Not saved: " + PaperWords.of(failed));
        });
    }

    /** Fetches the sheet, draws its pages and prints them; no printer is said at once. */
    public void print(Sheet asked, Window owner) {
        if (!printing.available()) {
            message.set(PaperWords.NO_PRINTER);
            return;
        }
        busy.set(true);
        message.set("Fetching " + asked.what() + "…");
        ui.call(() -> PdfPages.render(api.paper(asked.pathAndQuery()), PdfPages.PRINT_DPI),
                pages -> {
                    busy.set(false);
                    message.set(printing.print(pages, asked.fileName(), owner));
                }, failed -> {
                    busy.set(false);
                    message.set("Not printed: " + PaperWords.of(failed));
                });
    }

    /** Said when the screen has nothing chosen to print (an order screen with no order). */
    void nothingChosen(String what) {
        message.set("Choose " + what + " first.");
    }

    private static void write(Path target, byte[] pdf) {
        try {
            // Written as the user's files are (not a temporary file's owner-only permissions).
            Path part = target.toAbsolutePath().resolveSibling("." + target.getFileName()
                    + ".part");
            Files.write(part, pdf);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private record Saved(int pages, boolean opened) {
    }
}
