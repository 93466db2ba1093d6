package tally.client.scan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads a GS1 element string as a scanner sends it (identifier and data, one after the other,
 * a variable-length element ended by the GS character that stands for FNC1) or as it is printed
 * under the bars, each identifier in brackets: {@code (01)09501101530003(17)261231(10)AB-12}.
 */
final class ElementString {
    static final char GS = '\u001d';

    private ElementString() {
    }

    /** The elements of a scan without brackets, the symbology prefix already taken off. */
    static Scan read(String scan) {
        var fields = new LinkedHashMap<String, String>();
        int at = scan.charAt(0) == GS ? 1 : 0;
        while (at < scan.length()) {
            var ai = ApplicationIdentifier.at(scan, at);
            if (ai.isEmpty()) {
                return new Scan.Unreadable(scan, "no known application identifier at \""
                        + printable(scan.substring(at, Math.min(scan.length(), at + 4))) + "\"");
            }
            int start = at + ai.get().digits();
            int end;
            if (ai.get().fixed() > 0) {
                end = Math.min(scan.length(), start + ai.get().fixed());
            } else {
                int gs = scan.indexOf(GS, start);
                end = gs < 0 ? scan.length() : gs;
            }
            String data = scan.substring(start, end);
            String why = ai.get().whyNot(data);
            if (why != null) {
                return new Scan.Unreadable(scan, why);
            }
            fields.put(ai.get().ai(), data);
            // A separator after a fixed-length element is allowed, and needed after a variable one.
            at = end < scan.length() && scan.charAt(end) == GS ? end + 1 : end;
        }
        return of(scan, fields);
    }

    /** The printed form: "(AI)data" again and again. */
    static Scan readBracketed(String scan) {
        var fields = new LinkedHashMap<String, String>();
        int at = 0;
        while (at < scan.length()) {
            int close = scan.indexOf(')', at);
            if (scan.charAt(at) != '(' || close < 0) {
                return new Scan.Unreadable(scan, "expected \"(\" and an application identifier");
            }
            var ai = ApplicationIdentifier.of(scan.substring(at + 1, close));
            if (ai.isEmpty()) {
                return new Scan.Unreadable(scan, "no known application identifier \""
                        + scan.substring(at + 1, close) + "\"");
            }
            int next = scan.indexOf('(', close + 1);
            String data = scan.substring(close + 1, next < 0 ? scan.length() : next);
            String why = ai.get().whyNot(data);
            if (why != null) {
                return new Scan.Unreadable(scan, why);
            }
            fields.put(ai.get().ai(), data);
            at = next < 0 ? scan.length() : next;
        }
        return of(scan, fields);
    }

    private static Scan of(String scan, Map<String, String> fields) {
        String gtin = fields.containsKey("01") ? fields.get("01") : fields.get("02");
        if (gtin == null) {
            return new Scan.Unreadable(scan, "it names no GTIN (01 or 02)");
        }
        String why = GtinDigits.whyNot(gtin);
        if (why != null) {
            return new Scan.Unreadable(scan, "the GTIN " + gtin + " is wrong: " + why);
        }
        String count = fields.containsKey("30") ? fields.get("30") : fields.get("37");
        return new Scan.Element(gtin, count == null ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(count)), Map.copyOf(fields));
    }

    private static String printable(String text) {
        return text.replace(String.valueOf(GS), "<GS>");
    }
}
