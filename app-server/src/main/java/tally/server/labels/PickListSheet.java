package tally.server.labels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import tally.query.orders.OrderAnswers.PickItem;
import tally.query.orders.OrderAnswers.PickList;

/**
 * An order's pick list on A4, in the order the read model gives it (walk order: a picker goes
 * down the sheet and down the aisles together), one row a stop with a box to tick. Long lists
 * run on to further pages, each headed with the order.
 */
final class PickListSheet {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float ROW = 24;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 40, MARGIN + 180, MARGIN + 400};
    private static final int ROWS_PER_PAGE = (int) ((PAGE.getHeight() - 2 * MARGIN - 70) / ROW);

    private PickListSheet() {
    }

    static byte[] render(PickList list) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            List<PickItem> items = list.items();
            int pages = Math.max(1, (items.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
            for (int p = 0; p < pages; p++) {
                var page = new PDPage(PAGE);
                document.addPage(page);
                int from = p * ROWS_PER_PAGE;
                try (var content = new PDPageContentStream(document, page)) {
                    heading(content, list, p + 1, pages);
                    rows(content, items.subList(from,
                            Math.min(items.size(), from + ROWS_PER_PAGE)));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(PDPageContentStream content, PickList list, int page, int pages)
            throws IOException {
        float top = PAGE.getHeight() - MARGIN;
        PdfText.write(content, PdfText.BOLD, 18, MARGIN, top - 18,
                PdfText.fitted(PdfText.BOLD, 18, 380, "Pick list " + list.orderId()));
        PdfText.write(content, PdfText.REGULAR, 10, MARGIN + 400, top - 18,
                "page " + page + " of " + pages);
        String[] titles = {"", "Location", "SKU", "Quantity"};
        for (int i = 1; i < titles.length; i++) {
            PdfText.write(content, PdfText.BOLD, 11, COLUMNS[i], top - 50, titles[i]);
        }
        if (list.items().isEmpty()) {
            PdfText.write(content, PdfText.REGULAR, 11, MARGIN, top - 80,
                    "Nothing to pick: no stock is reserved for this order.");
        }
    }

    private static void rows(PDPageContentStream content, List<PickItem> items)
            throws IOException {
        float y = PAGE.getHeight() - MARGIN - 50 - ROW;
        for (PickItem item : items) {
            content.addRect(COLUMNS[0], y - 2, 12, 12);
            content.stroke();
            PdfText.write(content, PdfText.REGULAR, 11, COLUMNS[1], y,
                    PdfText.fitted(PdfText.REGULAR, 11, 130, item.location()));
            PdfText.write(content, PdfText.REGULAR, 11, COLUMNS[2], y,
                    PdfText.fitted(PdfText.REGULAR, 11, 210, item.sku()));
            PdfText.write(content, PdfText.REGULAR, 11, COLUMNS[3], y,
                    Long.toString(item.quantity()));
            y -= ROW;
        }
    }
}
