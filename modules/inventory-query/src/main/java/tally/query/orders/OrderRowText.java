package tally.query.orders;

import java.util.Collection;
import java.util.Map;

/**
 * The text an {@code orders} row keeps its lines and reservations in (see the views migration):
 * lines as {@code SKU-1=5/3/1/1} (ordered/reserved/picked/backordered), reservations as
 * {@code A-01/SKU-1=3}. docs/api.md allows none of {@code = / ,} in a SKU or a location.
 */
final class OrderRowText {
    private OrderRowText() {
    }

    static String lines(Collection<LineFigures> lines) {
        var text = new StringBuilder(lines.size() * 24);
        for (LineFigures l : lines) {
            separate(text).append(l.sku()).append('=').append(l.ordered()).append('/')
                    .append(l.reserved()).append('/').append(l.picked()).append('/')
                    .append(l.backordered());
        }
        return text.toString();
    }

    static void readLines(String text, Map<String, LineFigures> into) {
        for (String item : items(text)) {
            int eq = item.indexOf('=');
            String[] n = item.substring(eq + 1).split("/");
            String sku = item.substring(0, eq);
            into.put(sku, new LineFigures(sku, Long.parseLong(n[0]), Long.parseLong(n[1]),
                    Long.parseLong(n[2]), Long.parseLong(n[3])));
        }
    }

    static String spots(Map<PickSpot, Long> spots) {
        var text = new StringBuilder(spots.size() * 20);
        spots.forEach((spot, quantity) -> separate(text).append(spot.location()).append('/')
                .append(spot.sku()).append('=').append(quantity));
        return text.toString();
    }

    static void readSpots(String text, Map<PickSpot, Long> into) {
        for (String item : items(text)) {
            int slash = item.indexOf('/');
            int eq = item.indexOf('=', slash);
            into.put(new PickSpot(item.substring(0, slash), item.substring(slash + 1, eq)),
                    Long.parseLong(item.substring(eq + 1)));
        }
    }

    private static String[] items(String text) {
        return text.isEmpty() ? new String[0] : text.split(",");
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.isEmpty() ? text : text.append(',');
    }
}
