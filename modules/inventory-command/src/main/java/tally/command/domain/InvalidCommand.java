package tally.command.domain;

import java.util.List;

/** A command whose values break the bounds of docs/api.md; it never reaches a product. */
public final class InvalidCommand extends RuntimeException {
    private final transient List<FieldProblem> problems;

    public InvalidCommand(List<FieldProblem> problems) {
        super(describe(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        var text = new StringBuilder();
        for (FieldProblem p : problems) {
            text.append(text.length() == 0 ? "" : "; ").append(p.field()).append(' ')
                    .append(p.message());
        }
        return text.toString();
    }
}
