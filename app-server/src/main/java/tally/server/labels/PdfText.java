package tally.server.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text on a page in Helvetica, one of the fonts every PDF reader has, so nothing is embedded.
 * It covers Latin-1-ish text only: any other character is printed as {@code ?} rather than
 * failing the whole sheet over one product's name.
 */
final class PdfText {
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfText() {
    }

    static void write(PDPageContentStream page, PDType1Font font, float size, float x, float y,
                      String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(font, text));
        page.endText();
    }

    /** {@code text} with every character the font cannot show replaced by {@code ?}. */
    static String printable(PDType1Font font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(shows(font, c) ? Character.toString(c) : "?"));
        return out.toString();
    }

    /** {@code text} cut with an ellipsis to fit {@code width} points. */
    static String fitted(PDType1Font font, float size, float width, String text) {
        String shown = printable(font, text);
        if (widthOf(font, size, shown) <= width) {
            return shown;
        }
        while (!shown.isEmpty() && widthOf(font, size, shown + "...") > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "...";
    }

    private static float widthOf(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean shows(PDType1Font font, int c) {
        if (Character.isISOControl(c)) {
            return false;
        }
        try {
            font.encode(Character.toString(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
