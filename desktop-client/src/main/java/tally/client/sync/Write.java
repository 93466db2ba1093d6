package tally.client.sync;

/**
 * A command this console issued, as the read models show it: pending until the read model has
 * applied the command's position, then applied.
 */
public record Write(long position, boolean applied) {

    public String describe() {
        return applied ? "✓ applied (" + position + ")" : "pending… (" + position + ")";
    }
}
