package tally.client.scan;

import java.util.Map;
import java.util.OptionalLong;

/**
 * What a scan (or a typed code) in a SKU field is: read by {@link ScanReader} before anything is
 * looked up, so that the console asks the server the right question.
 */
public sealed interface Scan {

    /** Text that is no barcode: taken as a SKU. */
    record Code(String text) implements Scan {
    }

    /** A GTIN-8, -12, -13 or -14 whose check digit is right, as 14 digits. */
    record Gtin(String gtin14) implements Scan {
    }

    /**
     * A GS1 element string (GS1-128 and its kin): its GTIN (AI 01, or 02 for the trade items a
     * logistic unit holds) as 14 digits, its count (AI 30, else 37) when it carries one, and
     * every element read, by application identifier, e.g. {@code 10} batch, {@code 17} expiry.
     */
    record Element(String gtin14, OptionalLong count, Map<String, String> fields) implements Scan {
    }

    /** It looks like a barcode but cannot be read; {@code why} says so in a few words. */
    record Unreadable(String text, String why) implements Scan {
    }
}
