package tally.server.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus's text exposition format (0.0.4), line by line: the client library on the class
 * path only writes it, so the grammar is checked here, and the samples read back for the tests.
 * Every sample must belong to a family whose TYPE came before it (a histogram's or a summary's
 * by its _bucket, _count, _sum suffix), with labels quoted and escaped and a number for value.
 */
final class PrometheusText {
    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String NUMBER = "[-+]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|NaN"
            + "|Inf)";
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(?:" + LABEL
            + "(?:," + LABEL + ")*,?)?})? (" + NUMBER + ")(?: -?[0-9]+)?");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME
            + ") (counter|gauge|histogram|summary|untyped)");

    /** One sample: its name, its labels as written (braces included, or empty), its value. */
    record Sample(String name, String labels, double value) {
    }

    private PrometheusText() {
    }

    /** The samples of {@code text}; throws naming the first line that breaks the grammar. */
    static List<Sample> parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the text does not end with a line feed");
        }
        Map<String, String> types = new HashMap<>();
        var samples = new ArrayList<Sample>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty() || HELP.matcher(line).matches()) {
                continue;
            }
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                if (types.put(type.group(1), type.group(2)) != null) {
                    throw new IllegalArgumentException("line " + number + ": a second TYPE");
                }
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("line " + number + " breaks the grammar: "
                        + line);
            }
            String name = sample.group(1);
            if (!types.containsKey(name) && !types.containsKey(family(name))) {
                throw new IllegalArgumentException("line " + number + ": no TYPE before " + name);
            }
            samples.add(new Sample(name, sample.group(2) == null ? "" : sample.group(2),
                    Double.parseDouble(sample.group(3).replace("Inf", "Infinity"))));
        }
        return samples;
    }

    /** The value of the one sample of this name and labels (as written, braces included). */
    static double value(List<Sample> samples, String name, String labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels))
                .mapToDouble(Sample::value).reduce((a, b) -> {
                    throw new IllegalStateException("two samples " + name + labels);
                }).orElseThrow(() -> new AssertionError("no sample " + name + labels));
    }

    private static String family(String name) {
        return name.replaceFirst("_(bucket|count|sum|total|created)$", "");
    }
}
