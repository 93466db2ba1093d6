package tally.server.labels;

import com.google.zxing.common.BitMatrix;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A barcode's modules drawn as filled rectangles, so it stays sharp at any printer's resolution
 * (no bitmap in the PDF). A one-row matrix (Code 128) is stretched to the box's height; a square
 * one (QR) keeps its modules square, centred in the box.
 */
final class Modules {
    private Modules() {
    }

    static void draw(PDPageContentStream content, BitMatrix modules, float x, float y,
                     float width, float height) throws IOException {
        int columns = modules.getWidth();
        int rows = modules.getHeight();
        float moduleWidth = width / columns;
        float moduleHeight = rows == 1 ? height : moduleWidth;
        if (rows > 1) {
            moduleWidth = Math.min(width / columns, height / rows);
            moduleHeight = moduleWidth;
            x += (width - moduleWidth * columns) / 2;
            y += (height - moduleHeight * rows) / 2;
        }
        for (int row = 0; row < rows; row++) {
            float top = y + (rows - 1 - row) * moduleHeight;
            int column = 0;
            while (column < columns) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < columns && modules.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * moduleWidth, top, (column - start) * moduleWidth,
                        moduleHeight);
            }
        }
        content.fill();
    }
}
