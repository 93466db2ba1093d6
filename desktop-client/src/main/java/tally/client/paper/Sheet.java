package tally.client.paper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One sheet the server prints as PDF (docs/api.md, "Labels and paper"): the path and query to
 * ask for it, and the file name a save proposes, which says what is on it.
 *
 * @param what in words, for messages: "bin labels", "the pick list of SO-1001"
 */
public record Sheet(String pathAndQuery, String fileName, String what) {

    /** The labels of one bin, or of every bin in the register when {@code location} is null. */
    public static Sheet binLabels(String location, boolean qr) {
        return labels("/api/labels/bins.pdf", "location", location, "bin-labels", qr);
    }

    /** The labels of one product, or of every product when {@code sku} is null. */
    public static Sheet productLabels(String sku, boolean qr) {
        return labels("/api/labels/products.pdf", "sku", sku, "product-labels", qr);
    }

    public static Sheet pickList(String orderId) {
        return new Sheet("/api/orders/" + encode(orderId).replace("+", "%20") + "/pick-list.pdf",
                "pick-list-" + safe(orderId) + ".pdf", "the pick list of " + orderId);
    }

    private static Sheet labels(String path, String parameter, String one, String name,
                                boolean qr) {
        String code = "code=" + (qr ? "qr" : "code128");
        String words = name.replace('-', ' ');
        return one == null || one.isBlank()
                ? new Sheet(path + "?" + code, name + ".pdf", "all " + words)
                : new Sheet(path + "?" + parameter + "=" + encode(one) + "&" + code,
                        name + "-" + safe(one) + ".pdf", words.replace("labels", "label")
                        + " of " + one);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A file name's characters only: a code is letters, digits and . _ - already. */
    private static String safe(String value) {
        return value.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
