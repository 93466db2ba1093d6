package tally.client.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A quantity far above the usual is asked about once before it is sent: a scanner that sends a
 * barcode into the quantity field, or a finger that stays on a key, should not move 4,006,381
 * units. "The usual" is the largest quantity this console has sent for that product and
 * command; far above it is more than {@link #FAR} times it. With no such history the console
 * knows nothing of the site, so it asks above {@link #SITE_DEFAULT}: more than a pallet of
 * most goods, and a typo's typical size (an extra digit or two on a two-digit quantity).
 */
final class UsualQuantities {
    static final long FAR = 10;
    static final long SITE_DEFAULT = 1_000;
    private final Map<String, Long> largest = new HashMap<>();
    /** The send asked about last: sending the same again goes ahead. */
    private String asked;

    /** Null when the quantity may be sent; else the one line that asks. */
    String askFirst(CommandKind kind, String sku, long quantity) {
        Long most = largest.get(key(kind, sku));
        long limit = most == null ? SITE_DEFAULT : most * FAR;
        String send = key(kind, sku) + "/" + quantity;
        if (quantity <= limit || Objects.equals(asked, send)) {
            return null;
        }
        asked = send;
        String usual = most == null ? "over " + SITE_DEFAULT + ", none sent here yet"
                : "at most " + most;
        return quantity + " is far above the usual for " + sku + " (" + usual + "): press Enter"
                + " again to send.";
    }

    void sent(CommandKind kind, String sku, long quantity) {
        asked = null;
        largest.merge(key(kind, sku), quantity, Math::max);
    }

    private static String key(CommandKind kind, String sku) {
        return kind.command() + "/" + sku;
    }
}
