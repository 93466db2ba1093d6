package tally.client.scan;

/**
 * Reads what a scanner typed into a SKU field: a GS1 element string (with a symbology prefix
 * such as {@code ]C1}, a GS character, or brackets), a GTIN, or else a plain SKU. A code of
 * GTIN length whose check digit is wrong is unreadable rather than a SKU: a SKU that is only
 * digits is found in the catalogue before anything is read (see the command form's SKU check).
 */
public final class ScanReader {
    /**
     * ␝, the symbol for the GS character: a text field cannot hold the control character
     * itself, so the console's SKU field shows this in its place, and it is read as GS.
     */
    public static final String GS_SYMBOL = "\u241d";

    private ScanReader() {
    }

    public static Scan read(String typed) {
        String text = typed == null ? "" : typed.replace(GS_SYMBOL, "\u001d").strip();
        if (text.length() >= 3 && text.charAt(0) == ']') {
            String symbology = text.substring(1, 3);
            String rest = text.substring(3);
            if (rest.isEmpty()) {
                return new Scan.Unreadable(text, "nothing after the prefix ]" + symbology);
            }
            return switch (symbology) {
                // GS1-128, GS1 DataBar, GS1 DataMatrix and GS1 QR carry element strings.
                case "C1", "e0", "d2", "Q3" -> elements(rest);
                default -> read(rest);
            };
        }
        if (text.startsWith("(")) {
            return ElementString.readBracketed(text);
        }
        if (text.indexOf(ElementString.GS) >= 0) {
            return elements(text);
        }
        if (GtinDigits.hasGtinShape(text)) {
            String why = GtinDigits.whyNot(text);
            return why == null ? new Scan.Gtin(GtinDigits.normalized(text).orElseThrow())
                    : new Scan.Unreadable(text, why);
        }
        // An element string sent without separators: the GTIN first, more after it.
        if (text.length() > 16 && text.startsWith("01")
                && GtinDigits.allDigits(text.substring(0, 16))) {
            return elements(text);
        }
        return new Scan.Code(text);
    }

    private static Scan elements(String text) {
        return text.startsWith("(") ? ElementString.readBracketed(text) : ElementString.read(text);
    }
}
