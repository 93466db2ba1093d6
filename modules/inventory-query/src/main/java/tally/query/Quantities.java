package tally.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Quantities by key as a read-model row keeps them: {@code A-01=3,B-02=7}, in key order. The
 * keys are locations or SKUs, and API.md allows neither {@code =} nor {@code ,} in those.
 */
final class Quantities {
    private Quantities() {
    }

    static String write(Map<String, Long> quantities) {
        var text = new StringBuilder(quantities.size() * 12);
        for (var e : (quantities instanceof TreeMap ? quantities : new TreeMap<>(quantities))
                .entrySet()) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(e.getKey()).append('=').append(e.getValue());
        }
        return text.toString();
    }

    static void read(String text, Map<String, Long> into) {
        parse(text, (key, quantity) -> into.put(key, quantity));
    }

    /** The pairs as answer records, e.g. {@code LocationQuantity::new}. */
    static <T> List<T> answer(String text, BiFunction<String, Long, T> item) {
        var items = new ArrayList<T>();
        parse(text, (key, quantity) -> items.add(item.apply(key, quantity)));
        return items;
    }

    private static void parse(String text, BiFunction<String, Long, ?> each) {
        if (text.isEmpty()) {
            return;
        }
        int start = 0;
        while (start < text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            int eq = text.lastIndexOf('=', end - 1);
            each.apply(text.substring(start, eq), Long.parseLong(text.substring(eq + 1, end)));
            start = end + 1;
        }
    }
}
