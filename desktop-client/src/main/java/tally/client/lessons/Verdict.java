package tally.client.lessons;

/**
 * What a lesson's check says now: still WAITING (and for what), SEEN (the class saw the effect,
 * in a measured sentence), or FAILED (the effect did not happen, and what happened instead).
 * IDLE before the lesson is set up.
 */
public record Verdict(State state, String sentence) {
    public enum State { IDLE, WAITING, SEEN, FAILED }

    static Verdict waiting(String sentence) {
        return new Verdict(State.WAITING, sentence);
    }

    static Verdict seen(String sentence) {
        return new Verdict(State.SEEN, sentence);
    }

    static Verdict failed(String sentence) {
        return new Verdict(State.FAILED, sentence);
    }

    /** Once seen or failed, a check says no more: the class has its answer. */
    boolean settled() {
        return state == State.SEEN || state == State.FAILED;
    }
}
