package tally.command.importing;

import java.util.List;
import tally.command.domain.Command;
import tally.command.domain.FieldProblem;

/**
 * What one kind of import file holds: its columns, the command a row asks for, and whether what
 * it asks is already so: {@link ProductImport} and {@link BinImport}, each with a route in
 * {@link ImportController}; reading, checking, previewing and issuing stay in {@link CsvImport}.
 */
interface ImportKind<C extends Command> {

    /** What the log holds of a row's key: nothing, the same, or something else. */
    record Existing(boolean found, List<FieldProblem> differences) {
        static final Existing NONE = new Existing(false, List.of());
        static final Existing SAME = new Existing(true, List.of());
    }

    /** Its name in a command id, e.g. {@code products}. */
    String name();

    List<String> requiredColumns();

    List<String> optionalColumns();

    /** The row's key as written (a SKU), to name it and find it twice in one file. */
    String keyOf(CsvRows.Row row);

    /**
     * The command the row asks for; throws {@link tally.command.domain.InvalidCommand} naming
     * its bad fields, as an HTTP command's 400 would.
     */
    C commandOf(CsvRows.Row row);

    /** What the log holds now of the command's key; differences are named by column. */
    Existing existing(C command);
}
