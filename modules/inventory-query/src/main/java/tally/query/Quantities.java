package tally.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Quantities by key as a read-model row keeps them: {@code A-01=3,B-02=7}. The keys are
 * locations or SKUs, and docs/api.md allows neither {@code =} nor {@code ,} in those.
 */
public final class Quantities {
    private Quantities() {
    }

    public static String write(Map<String, Long> quantities) {
        var text = new StringBuilder(quantities.size() * 14);
        quantities.forEach((key, quantity) -> append(text, key, quantity));
        return text.toString();
    }

    public static void append(StringBuilder text, String key, long quantity) {
        if (text.length() > 0) {
            text.append(',');
        }
        text.append(key).append('=').append(quantity);
    }

    public static void read(String text, Map<String, Long> into) {
        parse(text, into::put);
    }

    /** The pairs as answer records in key order, e.g. {@code LocationQuantity::new}. */
    public static <T> List<T> answer(String text, BiFunction<String, Long, T> item,
                              Function<T, String> key) {
        var items = new ArrayList<T>();
        parse(text, (k, quantity) -> items.add(item.apply(k, quantity)));
        items.sort(Comparator.comparing(key));
        return items;
    }

    private static void parse(String text, BiConsumer<String, Long> each) {
        int start = 0;
        while (start < text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            int eq = text.lastIndexOf('=', end - 1);
            each.accept(text.substring(start, eq), Long.parseLong(text.substring(eq + 1, end)));
            start = end + 1;
        }
    }
}
