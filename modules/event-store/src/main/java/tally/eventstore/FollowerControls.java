package tally.eventstore;

/**
 * What a trainer has asked of one {@link LogFollower} (a read model's runner, the allocation), and
 * whether it has failed. Set from HTTP threads, read by the follower's own thread; every method
 * is synchronized, none of them waits. One class for every follower, so that pause, resume,
 * rebuild, delay and break mean the same whoever follows the log.
 */
public final class FollowerControls {
    /**
     * What {@code GET /api/projections} says of a follower. STANDBY: it follows the log, but
     * another node plays its part on a log several nodes share (the allocation: the node that
     * holds its lease sends the commands, the others take the answers from the log).
     */
    public enum State { RUNNING, PAUSED, REBUILDING, FAILED, STANDBY }

    private boolean paused;
    private boolean failed;
    private boolean rebuildAsked;
    private boolean rebuilding;
    private boolean breakArmed;
    private boolean standby;
    private long delayMillis;
    private String lastError;
    /** The pace asked of the next rebuild and of the one under way, events a second; 0: none. */
    private long rebuildAskedPerSecond;
    private long rebuildPerSecond;

    public synchronized State state() {
        if (failed) {
            return State.FAILED;
        } else if (paused) {
            return State.PAUSED;
        } else if (rebuilding || rebuildAsked) {
            return State.REBUILDING;
        }
        return standby ? State.STANDBY : State.RUNNING;
    }

    /** Whether another node plays this follower's part now: {@link State#STANDBY}. */
    public synchronized void standby(boolean standingBy) {
        standby = standingBy;
    }

    public synchronized boolean applying() {
        return !paused && !failed;
    }

    public synchronized void pause() {
        paused = true;
    }

    /** Runs on, also after a failure: from the checkpoint, that is from the failing event. */
    public synchronized void resume() {
        paused = false;
        failed = false;
        lastError = null;
    }

    public synchronized void rebuild() {
        rebuild(0);
    }

    /**
     * A rebuild that applies at most {@code eventsPerSecond} events a second (0: full speed), so a
     * trainer can watch it. Asked again while one runs, it starts over at the new pace.
     */
    public synchronized void rebuild(long eventsPerSecond) {
        if (eventsPerSecond < 0) {
            throw new IllegalArgumentException("eventsPerSecond " + eventsPerSecond);
        }
        resume();
        rebuildAsked = true;
        rebuildAskedPerSecond = eventsPerSecond;
    }

    /** The pace of the rebuild asked or under way (also while paused in it); null: none. */
    public synchronized Long rebuildEventsPerSecond() {
        long pace = rebuildAsked ? rebuildAskedPerSecond : rebuilding ? rebuildPerSecond : 0;
        return pace > 0 ? pace : null;
    }

    public synchronized boolean takeRebuild() {
        if (!rebuildAsked) {
            return false;
        }
        rebuildAsked = false;
        rebuilding = true;
        rebuildPerSecond = rebuildAskedPerSecond;
        return true;
    }

    public synchronized boolean rebuilding() {
        return rebuilding;
    }

    public synchronized void rebuilt() {
        rebuilding = false;
        rebuildPerSecond = 0;
    }

    /** The next event makes the projection throw: the "break" lesson, without bad data. */
    public synchronized void armBreak() {
        breakArmed = true;
    }

    public synchronized boolean takeBreak() {
        boolean armed = breakArmed;
        breakArmed = false;
        return armed;
    }

    public synchronized void failed(String error) {
        failed = true;
        lastError = error;
    }

    public synchronized String lastError() {
        return lastError;
    }

    public synchronized void delay(long millis) {
        delayMillis = millis;
    }

    public synchronized long delayMillis() {
        return delayMillis;
    }
}
