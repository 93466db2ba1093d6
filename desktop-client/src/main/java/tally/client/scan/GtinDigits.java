package tally.client.scan;

import java.util.Optional;

/**
 * GTIN-8, -12 (UPC-A), -13 (EAN-13) and -14: the GS1 check digit, and the 14-digit form. The
 * server's own {@code Gtin} judges the same rule; the console, which talks to the server over
 * HTTP only, checks a scan itself so that a misread is said before anything is sent.
 */
public final class GtinDigits {
    private GtinDigits() {
    }

    /** True for 8, 12, 13 or 14 digits: the lengths a GTIN comes in. */
    public static boolean hasGtinShape(String text) {
        int n = text.length();
        return (n == 8 || n == 12 || n == 13 || n == 14) && allDigits(text);
    }

    /** The check digit the digits before the last call for (GS1 modulo 10, weights 3 and 1). */
    static int checkDigitFor(String digits) {
        int sum = 0;
        boolean three = true;
        for (int i = digits.length() - 2; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The 14-digit form of a GTIN whose check digit is right; empty when it is not a GTIN or
     * its check digit is wrong ({@link #whyNot} says which).
     */
    public static Optional<String> normalized(String text) {
        return whyNot(text) == null ? Optional.of("0".repeat(14 - text.length()) + text)
                : Optional.empty();
    }

    /** Null for a good GTIN; else a few words on what is wrong with it. */
    static String whyNot(String text) {
        if (!hasGtinShape(text)) {
            return "a GTIN has 8, 12, 13 or 14 digits";
        }
        int want = checkDigitFor(text);
        int got = text.charAt(text.length() - 1) - '0';
        return want == got ? null : "its check digit is " + got + ", not " + want;
    }

    static boolean allDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
