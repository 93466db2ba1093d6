package tally.server.labels;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Labels as a PDF, one label a page, for a label printer's 4 x 2 inch roll (or any printer,
 * scaled): the barcode on top (a QR code on the left), the code and the name in text under it
 * (beside it) so a person can read what a scanner reads.
 */
final class LabelSheet {
    /** One label: the text the barcode carries, and a line that says what it is. */
    record Label(String code, String name) {
    }

    static final PDRectangle PAGE = new PDRectangle(288, 144);
    private static final float MARGIN = 12;

    private LabelSheet() {
    }

    static byte[] render(List<Label> labels, BarcodeKind kind) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (Label label : labels) {
                var page = new PDPage(PAGE);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    draw(content, label, kind);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream content, Label label, BarcodeKind kind)
            throws IOException {
        BitMatrix modules = kind.modules(label.code());
        float textX;
        float codeY;
        float textWidth;
        if (kind.isSquare()) {
            float side = PAGE.getHeight() - 2 * MARGIN;
            Modules.draw(content, modules, MARGIN, MARGIN, side, side);
            textX = 2 * MARGIN + side;
            codeY = PAGE.getHeight() - MARGIN - 24;
            textWidth = PAGE.getWidth() - textX - MARGIN;
        } else {
            float width = PAGE.getWidth() - 2 * MARGIN;
            Modules.draw(content, modules, MARGIN, 56, width, PAGE.getHeight() - 56 - MARGIN);
            textX = MARGIN;
            codeY = 34;
            textWidth = width;
        }
        PdfText.write(content, PdfText.BOLD, 16, textX, codeY,
                PdfText.fitted(PdfText.BOLD, 16, textWidth, label.code()));
        if (label.name() != null && !label.name().isBlank()) {
            PdfText.write(content, PdfText.REGULAR, 11, textX, codeY - 18,
                    PdfText.fitted(PdfText.REGULAR, 11, textWidth, label.name()));
        }
    }
}
