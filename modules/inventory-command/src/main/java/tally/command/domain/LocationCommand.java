package tally.command.domain;

import tally.events.StoredEvent;

/**
 * What may be asked of the register of bins. A bin's code is what is scanned and what stock is
 * recorded under, so no command changes it; name, zone and capacity are optional and checked
 * when a record is made, as for {@link ProductCommand}.
 */
public sealed interface LocationCommand extends Command {

    /** The bin's code, e.g. {@code A-01-02}. */
    String location();

    @Override
    default String stream() {
        return StoredEvent.streamOfLocation(location());
    }

    /** Puts a bin in the register (a retired one back in it). */
    record DefineLocation(String location, String name, String zone, Integer capacity)
            implements LocationCommand {
        public DefineLocation {
            name = Rules.trimmed(name);
            zone = Rules.trimmed(zone);
            Rules.check(Rules.location("location", location), Rules.optionalName("name", name),
                    Rules.optionalName("zone", zone), Rules.capacity("capacity", capacity));
        }
    }

    /** Says a bin's name, zone and capacity afresh: what is left out is cleared. */
    record ChangeLocation(String location, String name, String zone, Integer capacity)
            implements LocationCommand {
        public ChangeLocation {
            name = Rules.trimmed(name);
            zone = Rules.trimmed(zone);
            Rules.check(Rules.location("location", location), Rules.optionalName("name", name),
                    Rules.optionalName("zone", zone), Rules.capacity("capacity", capacity));
        }
    }

    /** Takes an empty bin out of the register. */
    record RetireLocation(String location) implements LocationCommand {
        public RetireLocation {
            Rules.check(Rules.location("location", location));
        }
    }
}
