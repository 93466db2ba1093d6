package tally.query.engine;

/**
 * What a trainer has asked of one read model's runner, and whether it has failed. Set from HTTP
 * threads, read by the runner's own thread; every method is synchronized, none of them waits.
 */
final class RunnerControls {
    enum State { RUNNING, PAUSED, REBUILDING, FAILED }

    private boolean paused;
    private boolean failed;
    private boolean rebuildAsked;
    private boolean rebuilding;
    private boolean breakArmed;
    private long delayMillis;
    private String lastError;

    synchronized State state() {
        if (failed) {
            return State.FAILED;
        } else if (paused) {
            return State.PAUSED;
        } else if (rebuilding || rebuildAsked) {
            return State.REBUILDING;
        }
        return State.RUNNING;
    }

    synchronized boolean applying() {
        return !paused && !failed;
    }

    synchronized void pause() {
        paused = true;
    }

    /** Runs on, also after a failure: from the checkpoint, that is from the failing event. */
    synchronized void resume() {
        paused = false;
        failed = false;
        lastError = null;
    }

    synchronized void rebuild() {
        resume();
        rebuildAsked = true;
    }

    synchronized boolean takeRebuild() {
        if (!rebuildAsked) {
            return false;
        }
        rebuildAsked = false;
        rebuilding = true;
        return true;
    }

    synchronized boolean rebuilding() {
        return rebuilding;
    }

    synchronized void rebuilt() {
        rebuilding = false;
    }

    /** The next event makes the projection throw: the "break" lesson, without bad data. */
    synchronized void armBreak() {
        breakArmed = true;
    }

    synchronized boolean takeBreak() {
        boolean armed = breakArmed;
        breakArmed = false;
        return armed;
    }

    synchronized void failed(String error) {
        failed = true;
        lastError = error;
    }

    synchronized String lastError() {
        return lastError;
    }

    synchronized void delay(long millis) {
        delayMillis = millis;
    }

    synchronized long delayMillis() {
        return delayMillis;
    }
}
