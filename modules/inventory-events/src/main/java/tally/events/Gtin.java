package tally.events;

/**
 * A GS1 trade item number (GTIN) as a barcode carries it: 8 digits (GTIN-8), 12 (UPC-A), 13
 * (EAN-13) or 14 (GTIN-14, as in a GS1-128 label's application identifier 01), the last one a
 * check digit. Tally writes every one as 14 digits, left-padded with zeros, so the EAN-13 on a
 * box and the GTIN-14 on its pallet label for the same item are the same alias. In the published
 * language because the command side and the read side must judge a code in the same words.
 */
public final class Gtin {
    private static final int WRITTEN = 14;

    private Gtin() {
    }

    /** What makes {@code code} no GTIN, in words that follow "barcode"; null when nothing. */
    public static String problemWith(String code) {
        if (code == null) {
            return "is required";
        }
        int n = code.length();
        for (int i = 0; i < n; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "must be digits only (a GTIN-8, UPC-A, EAN-13 or GTIN-14), not '"
                        + code + "'";
            }
        }
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            return "must be 8, 12, 13 or 14 digits (a GTIN-8, UPC-A, EAN-13 or GTIN-14), not "
                    + n;
        }
        int expected = checkDigit(code.substring(0, n - 1));
        int given = code.charAt(n - 1) - '0';
        return given == expected ? null : "has check digit " + given + " where "
                + code.substring(0, n - 1) + " needs " + expected + ": mistyped or misread";
    }

    /**
     * Whether {@code code} has a GTIN's shape, 8, 12, 13 or 14 digits, whatever its check digit:
     * what a pattern can check, as the OpenAPI document does.
     */
    public static boolean shaped(String code) {
        String problem = problemWith(code);
        return problem == null || problem.startsWith("has check digit");
    }

    /** The code as Tally writes it: 14 digits. Only for a code without a {@link #problemWith}. */
    public static String normalised(String code) {
        String problem = problemWith(code);
        if (problem != null) {
            throw new IllegalArgumentException("barcode " + problem);
        }
        return "0".repeat(WRITTEN - code.length()) + code;
    }

    /**
     * The GS1 check digit of the digits before it: from the right, weights 3, 1, 3, 1..., and
     * the digit that brings the sum to a multiple of ten.
     */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** {@code digits} with its check digit after it: how the demo makes its EAN-13s. */
    public static String withCheckDigit(String digits) {
        return digits + checkDigit(digits);
    }
}
