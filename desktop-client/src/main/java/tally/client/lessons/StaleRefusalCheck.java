package tally.client.lessons;

/**
 * Lesson 3's check: the trainer's own command on the product they looked at is refused as
 * stale, because the second operator changed it after they looked. It reads what the command
 * form says; a command accepted instead is the effect not happening.
 */
final class StaleRefusalCheck {
    private final String sku;
    private final long lookedAtVersion;
    private final long changedAt;
    private Verdict verdict;

    StaleRefusalCheck(String sku, long lookedAtVersion, long changedAt) {
        this.sku = sku;
        this.lookedAtVersion = lookedAtVersion;
        this.changedAt = changedAt;
        verdict = Verdict.waiting("waiting for your command on " + sku + ": the form still"
                + " expects version " + lookedAtVersion);
    }

    /**
     * What the command form says under it after each command: the stale refusal names the
     * product; a command recorded on it ("Received 1 of SKU-1001 at A-01-1 — position ...")
     * means the form had looked again, and nothing was refused.
     */
    void formSaid(String message) {
        if (verdict.settled() || message == null) {
            return;
        }
        if (message.contains(sku + " changed since you looked")) {
            verdict = Verdict.seen("your command was refused: " + sku + " changed at position "
                    + Figures.count(changedAt) + " after you looked at version "
                    + lookedAtVersion);
        } else if (message.contains(" of " + sku + " ") && message.contains(" — position ")) {
            verdict = Verdict.failed("your command on " + sku + " was recorded, not refused:"
                    + " the form had looked at it again after the change. Choose " + sku
                    + ", Set up, then send at once.");
        }
    }

    Verdict verdict() {
        return verdict;
    }
}
