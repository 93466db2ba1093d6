package tally.command.domain;

/** One field of a command that breaks the rules of docs/api.md, and why. */
public record FieldProblem(String field, String message) {
}
