package tally.client.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.ViewModelRig;

/**
 * A screen's paper against the fake server: a save writes the server's PDF whole where asked
 * and opens it when there is a viewer; a print draws the pages for the printer, or says at
 * once, asking the server nothing, that there is no printer; failures are one line.
 */
class PaperViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().started();
    private final FakePrinting printing = new FakePrinting();
    private final List<Path> opened = new ArrayList<>();
    private boolean viewerThere;
    private final PaperViewModel vm = new PaperViewModel(rig.api, rig.ui, printing, file -> {
        opened.add(file);
        return viewerThere;
    }, qr -> Sheet.binLabels("A-01", qr));

    @TempDir
    Path folder;

    /** A printer that keeps what it was given. */
    private static final class FakePrinting implements Printing {
        boolean available = true;
        final List<BufferedImage> printed = new ArrayList<>();

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public String print(List<BufferedImage> pages, String jobName, Window owner) {
            printed.addAll(pages);
            return "Sent " + pages.size() + " pages as " + jobName + ".";
        }
    }

    @Test
    void a_save_writes_the_servers_pdf_whole_and_opens_it_in_the_viewer() throws IOException {
        Path target = folder.resolve(vm.sheet().fileName());
        Files.writeString(target, "an older, longer file\n".repeat(500));
        viewerThere = true;
        vm.save(vm.sheet(), target);

        assertThat(rig.api.papers).containsExactly("/api/labels/bins.pdf?location=A-01"
                + "&code=code128");
        assertThat(target.getFileName().toString()).isEqualTo("bin-labels-A-01.pdf");
        try (var pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("location=A-01");
        }
        assertThat(opened).containsExactly(target);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Saved 2 pages to bin-labels-A-01.pdf; opened in the viewer.");
        assertThat(vm.busyProperty().get()).isFalse();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void without_a_viewer_the_save_says_where_the_file_is() {
        vm.qrProperty().set(true);
        Path target = folder.resolve("labels.pdf");
        vm.save(vm.sheet(), target);
        assertThat(rig.api.papers).containsExactly("/api/labels/bins.pdf?location=A-01&code=qr");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved 2 pages to labels.pdf.");
    }

    @Test
    void a_print_draws_every_page_for_the_printer() {
        vm.print(vm.sheet(), null);
        assertThat(printing.printed).hasSize(2);
        // 4 x 2 inches at the print resolution.
        assertThat(printing.printed.getFirst().getWidth()).isEqualTo(4 * PdfPages.PRINT_DPI);
        assertThat(vm.messageProperty().get()).isEqualTo("Sent 2 pages as bin-labels-A-01.pdf.");
    }

    @Test
    void no_printer_is_one_line_and_nothing_is_fetched() {
        printing.available = false;
        vm.print(vm.sheet(), null);
        assertThat(vm.messageProperty().get()).isEqualTo(PaperWords.NO_PRINTER)
                .doesNotContain("Exception").doesNotContain("\n");
        assertThat(rig.api.papers).isEmpty();
        assertThat(printing.printed).isEmpty();
    }

    @Test
    void a_server_that_does_not_answer_leaves_no_file_and_says_so() throws IOException {
        rig.api.setDown(true);
        Path target = folder.resolve("bin-labels-A-01.pdf");
        vm.save(vm.sheet(), target);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Not saved: the server did not answer. Try again.");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        vm.print(vm.sheet(), null);
        assertThat(vm.messageProperty().get())
                .isEqualTo("Not printed: the server did not answer. Try again.");
    }
}
