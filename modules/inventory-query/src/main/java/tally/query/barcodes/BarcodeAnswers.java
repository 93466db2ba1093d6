package tally.query.barcodes;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The shapes of the {@code barcodes} read model's answers (docs/api.md, "Barcodes"): a barcode
 * always as 14 digits, whichever GTIN form was asked for.
 */
public final class BarcodeAnswers {
    private BarcodeAnswers() {
    }

    /** {@code GET /api/barcodes/{code}}: the product a scanned code names. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BarcodeView(String barcode, String sku, String name, long position) {
    }

    /** {@code GET /api/barcodes}: aliases by barcode, of one product or of all. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BarcodeList(List<BarcodeLine> items, long position) {
    }

    @Serdeable
    @Introspected
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BarcodeLine(String barcode, String sku, String name) {
    }
}
