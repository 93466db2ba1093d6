package tally.command.importing;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tally.command.domain.FieldProblem;
import tally.command.domain.InvalidCommand;
import tally.command.domain.LocationCommand.DefineLocation;
import tally.events.LocationEvent.LocationChanged;
import tally.events.LocationEvent.LocationDefined;
import tally.events.LocationEvent.LocationRetired;
import tally.events.StoredEvent;
import tally.eventstore.EventStore;

/**
 * A bins file: {@code location[,description][,zone][,capacity]}, one define-location command a
 * row ({@code description} is the bin's name; a file may call that column {@code name} too).
 * Whether a bin is in the register, and as what, is read from its own stream in the log, as
 * {@link ProductImport} reads a product's.
 */
@Singleton
final class BinImport implements ImportKind<DefineLocation> {
    private final EventStore store;

    BinImport(EventStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "bins";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("location");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("description", "name", "zone", "capacity");
    }

    @Override
    public String keyOf(CsvRows.Row row) {
        return row.cell("location");
    }

    @Override
    public DefineLocation commandOf(CsvRows.Row row) {
        var problems = new ArrayList<FieldProblem>();
        String description = row.cell("description");
        String name = row.cell("name");
        if (!description.isEmpty() && !name.isEmpty() && !description.equals(name)) {
            problems.add(new FieldProblem("description", "says '" + description
                    + "' but name says '" + name + "'; give one of them"));
        }
        String capacity = row.cell("capacity");
        Integer units = null;
        try {
            units = capacity.isEmpty() ? null : Integer.valueOf(capacity);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("capacity", "must be a whole number, not '"
                    + capacity + "'"));
        }
        try {
            var command = new DefineLocation(row.cell("location"),
                    orNull(description.isEmpty() ? name : description), orNull(row.cell("zone")),
                    units);
            if (problems.isEmpty()) {
                return command;
            }
        } catch (InvalidCommand e) {
            problems.addAll(e.problems());
        }
        throw new InvalidCommand(problems);
    }

    /**
     * The bin as its stream now tells it. A retired bin is a bad row: define-location brings
     * it back, but an import only loads a register, and its derived command id may already
     * have been used for the bin's first definition.
     */
    @Override
    public Existing existing(DefineLocation command) {
        LocationDefined now = null;
        boolean retired = false;
        for (StoredEvent e : store.readStream(StoredEvent.streamOfLocation(command.location()))) {
            // A bin's stream holds the location family only.
            if (e.event() instanceof LocationDefined d) {
                now = d;
                retired = false;
            } else if (e.event() instanceof LocationChanged c) {
                now = new LocationDefined(c.location(), c.name(), c.zone(), c.capacity());
            } else if (e.event() instanceof LocationRetired) {
                retired = true;
            }
        }
        if (now == null) {
            return Existing.NONE;
        }
        String bin = "bin " + command.location();
        if (retired) {
            return new Existing(true, List.of(new FieldProblem("location", bin
                    + " is retired; an import does not bring a bin back (define-location does)")));
        }
        var differences = new ArrayList<FieldProblem>();
        differ(differences, "description", bin + " has the name", now.name(), command.name());
        differ(differences, "zone", bin + " is in zone", now.zone(), command.zone());
        differ(differences, "capacity", bin + " has capacity", now.capacity(),
                command.capacity());
        return new Existing(true, differences);
    }

    private static void differ(List<FieldProblem> differences, String column, String what,
                               Object now, Object asked) {
        if (!Objects.equals(now, asked)) {
            differences.add(new FieldProblem(column, what + " " + (now == null ? "(none)"
                    : "'" + now + "'") + "; an import does not change a bin"
                    + " (change-location does)"));
        }
    }

    private static String orNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}
