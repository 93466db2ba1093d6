package tally.eventstore.bench;

import java.util.List;

/** Prints rows as a Markdown table, columns padded to their widest cell. */
final class Table {
    private Table() {
    }

    static void print(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            System.out.println(line(rows.get(r), widths));
            if (r == 0) {
                System.out.println(line(rows.get(0).stream().map(c -> "---").toList(), widths)
                        .replace(' ', '-').replace("|-", "| ").replace("-|", " |"));
            }
        }
    }

    private static String line(List<String> cells, int[] widths) {
        var sb = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            sb.append(' ').append(String.format("%-" + widths[i] + "s", cells.get(i))).append(" |");
        }
        return sb.toString();
    }
}
