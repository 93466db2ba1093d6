package tally.client.paper;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/**
 * JavaFX printing: each page an image scaled into the printer's printable area. A machine with
 * no printer, or a print system that fails, is a sentence for the user, never an exception.
 */
public final class FxPrinting implements Printing {

    @Override
    public boolean available() {
        try {
            return Printer.getDefaultPrinter() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String print(List<BufferedImage> pages, String jobName, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PaperWords.NO_PRINTER;
        }
        try {
            job.getJobSettings().setJobName(jobName);
            if (!job.showPrintDialog(owner)) {
                job.cancelJob();
                return "Not printed: the print dialog was cancelled.";
            }
            var layout = job.getJobSettings().getPageLayout();
            for (BufferedImage page : pages) {
                var view = new ImageView(fx(page));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    job.cancelJob();
                    return "Not printed: the printer did not take the pages.";
                }
            }
            job.endJob();
            return "Sent " + PaperWords.pages(pages.size()) + " to " + job.getPrinter().getName()
                    + ".";
        } catch (RuntimeException e) {
            job.cancelJob();
            return "Not printed: " + e.getMessage();
        }
    }

    /** A page drawn by PDFBox as a JavaFX image, pixel for pixel. */
    static WritableImage fx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] argb = page.getRGB(0, 0, width, height, null, 0, width);
        var image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        return image;
    }
}
