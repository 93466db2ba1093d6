package tally.client.paper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF the server sent, read with PDFBox: how many pages it has, and each page drawn as an
 * image for JavaFX printing, which prints nodes, not PDF. 200 dots an inch keeps a barcode's
 * bars sharp on paper while an A4 pick list page stays some 15 MB in memory.
 */
public final class PdfPages {
    public static final int PRINT_DPI = 200;

    private PdfPages() {
    }

    /** The pages of a PDF; throws {@link NotAPdf} when the bytes are not one. */
    public static int count(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new NotAPdf(e);
        }
    }

    /** Every page, in order, drawn in RGB at {@code dpi}. */
    public static List<BufferedImage> render(byte[] pdf, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            var pages = new ArrayList<BufferedImage>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        } catch (IOException e) {
            throw new NotAPdf(e);
        }
    }

    /** The server's answer was not a PDF that can be read. */
    public static final class NotAPdf extends RuntimeException {
        NotAPdf(IOException cause) {
            super("the server's answer is not a readable PDF (" + cause.getMessage() + ")",
                    cause);
        }
    }
}
