package tally.events;

/**
 * What happens to a bin of the register, in the past tense: the location family of Tally's
 * published language ({@link TallyEvent}). A bin's code is what is scanned and what stock is
 * recorded under, so it never changes: a rename changes its name, zone or capacity, never its
 * code. Each bin is one stream, {@code location-{code}}.
 */
public sealed interface LocationEvent extends TallyEvent {

    /** The code of the bin whose stream this event belongs to, e.g. {@code A-01-02}. */
    String location();

    @Override
    default String stream() {
        return StoredEvent.streamOfLocation(location());
    }

    /**
     * A bin entered the register (again, if it was retired).
     *
     * @param name     what people call it, or null
     * @param zone     the area it lies in, or null
     * @param capacity how many units it is meant to hold, or null when nobody said
     */
    record LocationDefined(String location, String name, String zone, Integer capacity)
            implements LocationEvent {
    }

    /** A bin's name, zone and capacity as they now stand (each null when not given). */
    record LocationChanged(String location, String name, String zone, Integer capacity)
            implements LocationEvent {
    }

    /** The bin left the register: empty, and not to be used until it is defined again. */
    record LocationRetired(String location) implements LocationEvent {
    }
}
