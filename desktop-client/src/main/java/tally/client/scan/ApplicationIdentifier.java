package tally.client.scan;

import java.util.Optional;

/**
 * The GS1 application identifiers the console reads, with the lengths the GS1 General
 * Specifications give them. A fixed-length element needs no separator after it; a variable one
 * ends at the GS character (FNC1) or at the end of the scan. An identifier not listed here
 * cannot be skipped safely (its length is unknown), so a scan that holds one is unreadable.
 *
 * @param digits how many digits the identifier itself has (2, 3 or 4)
 * @param fixed  the data's length when it is fixed, else 0
 * @param max    the data's greatest length
 * @param numeric whether the data is digits only
 */
record ApplicationIdentifier(String ai, int digits, int fixed, int max, boolean numeric) {

    /** The identifier a scan continues with at {@code at}, or empty when it is not known. */
    static Optional<ApplicationIdentifier> at(String scan, int at) {
        for (int digits = 2; digits <= 4; digits++) {
            if (at + digits > scan.length()) {
                break;
            }
            String ai = scan.substring(at, at + digits);
            Optional<ApplicationIdentifier> known = of(ai);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** The identifier exactly as written, e.g. "01", "3103", or empty when not known. */
    static Optional<ApplicationIdentifier> of(String ai) {
        if (!GtinDigits.allDigits(ai)) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (ai) {
            case "00" -> fixed(ai, 18);
            case "01", "02" -> fixed(ai, 14);
            case "11", "12", "13", "15", "16", "17" -> fixed(ai, 6);
            case "20" -> fixed(ai, 2);
            case "10", "21", "22" -> variable(ai, 20, false);
            case "30", "37" -> variable(ai, 8, true);
            case "240", "241", "250", "251", "400", "401", "403" -> variable(ai, 30, false);
            case "410", "411", "412", "413", "414", "415" -> fixed(ai, 13);
            case "420" -> variable(ai, 20, false);
            case "91", "92", "93", "94", "95", "96", "97", "98", "99" -> variable(ai, 90, false);
            default -> measure(ai);
        });
    }

    /** 310n-369n: a measure with n decimals, always six digits. */
    private static ApplicationIdentifier measure(String ai) {
        if (ai.length() == 4 && ai.charAt(0) == '3' && ai.charAt(1) >= '1'
                && ai.charAt(1) <= '6') {
            return fixed(ai, 6);
        }
        return null;
    }

    private static ApplicationIdentifier fixed(String ai, int length) {
        return new ApplicationIdentifier(ai, ai.length(), length, length, true);
    }

    private static ApplicationIdentifier variable(String ai, int max, boolean numeric) {
        return new ApplicationIdentifier(ai, ai.length(), 0, max, numeric);
    }

    /** Null when the data fits this identifier; else what is wrong with it. */
    String whyNot(String data) {
        if (data.isEmpty()) {
            return "(" + ai + ") is empty";
        }
        if (fixed > 0 && data.length() != fixed) {
            return "(" + ai + ") needs " + fixed + " digits, not " + data.length();
        }
        if (data.length() > max) {
            return "(" + ai + ") holds at most " + max + " characters";
        }
        if (numeric && !GtinDigits.allDigits(data)) {
            return "(" + ai + ") takes digits only";
        }
        return null;
    }
}
