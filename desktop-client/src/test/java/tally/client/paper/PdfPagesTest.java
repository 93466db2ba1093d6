package tally.client.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.client.testing.FakePdf;

/** The step before printing: a PDF's pages drawn as images, at the size the dpi asks. */
class PdfPagesTest {

    @Test
    void every_page_is_drawn_in_order_at_the_size_the_dpi_gives() {
        // Two pages of 4 x 2 inches (288 x 144 points), text on the first only near its left.
        byte[] pdf = FakePdf.of(List.of("A-01-1", "B-02-2"));
        List<BufferedImage> pages = PdfPages.render(pdf, 100);
        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getWidth()).isEqualTo(400);
            assertThat(page.getHeight()).isEqualTo(200);
        });
        assertThat(darkPixels(pages.get(0))).isPositive();
        assertThat(PdfPages.render(pdf, 200).get(1).getWidth()).isEqualTo(800);
        assertThat(PdfPages.count(pdf)).isEqualTo(2);
    }

    @Test
    void a_blank_page_draws_no_ink() {
        var page = PdfPages.render(FakePdf.of(List.of("")), 72).getFirst();
        assertThat(darkPixels(page)).isZero();
    }

    @Test
    void an_answer_that_is_not_a_pdf_is_said_so() {
        byte[] html = "<html>proxy error</html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PdfPages.render(html, 72))
                .isInstanceOf(PdfPages.NotAPdf.class)
                .hasMessageStartingWith("the server's answer is not a readable PDF");
        assertThatThrownBy(() -> PdfPages.count(html)).isInstanceOf(PdfPages.NotAPdf.class);
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                dark += grey < 128 ? 1 : 0;
            }
        }
        return dark;
    }
}
