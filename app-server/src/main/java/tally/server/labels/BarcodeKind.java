package tally.server.labels;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import java.util.Map;
import tally.query.QueryException;

/**
 * The barcodes a label can carry: Code 128 (what most handheld scanners read, the default) or
 * QR (for phones and codes too long for a line). ZXing draws the modules; we only place them.
 */
enum BarcodeKind {
    CODE128("code128", BarcodeFormat.CODE_128),
    QR("qr", BarcodeFormat.QR_CODE);

    private final String wireName;
    private final BarcodeFormat format;

    BarcodeKind(String wireName, BarcodeFormat format) {
        this.wireName = wireName;
        this.format = format;
    }

    /** The {@code code} parameter: absent means Code 128; anything else unknown is a 400. */
    static BarcodeKind of(String code) {
        if (code == null) {
            return CODE128;
        }
        for (BarcodeKind kind : values()) {
            if (kind.wireName.equals(code)) {
                return kind;
            }
        }
        throw new QueryException.Invalid("code", "must be code128 or qr");
    }

    boolean isSquare() {
        return this == QR;
    }

    /**
     * The smallest matrix for {@code text}, quiet zone included (one row for Code 128). A text
     * Code 128 cannot carry (outside ASCII) is the caller's to fix by asking for QR.
     */
    BitMatrix modules(String text) {
        try {
            return new MultiFormatWriter().encode(text, format, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            throw new QueryException.Invalid("code", "cannot draw " + text + " as " + wireName
                    + (this == CODE128 ? "; ask for code=qr" : ""));
        }
    }
}
