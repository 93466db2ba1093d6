package tally.command.importing;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionException;
import tally.command.CommandProblem;
import tally.command.domain.Command;
import tally.command.domain.FieldProblem;
import tally.command.domain.InvalidCommand;
import tally.command.gateway.CommandGateway;
import tally.command.importing.ImportAnswers.ImportReport;
import tally.command.importing.ImportAnswers.RowError;
import tally.command.importing.ImportAnswers.RowVerdict;

/**
 * Reads a file of one {@link ImportKind}, judges every row, and, unless it is a preview or a
 * row is bad, issues the new rows' commands through {@link CommandGateway}: the same writer and
 * rules as an HTTP command, as the signed-in user. Each command's id is derived from its row's
 * content, so a re-run, or a retry after a crash part way, issues no row twice.
 */
@Singleton
final class CsvImport {
    private final CommandGateway gateway;

    CsvImport(CommandGateway gateway) {
        this.gateway = gateway;
    }

    <C extends Command> ImportReport run(ImportKind<C> kind, byte[] file, boolean dryRun,
                                         String user) {
        var rows = CsvRows.read(file, kind.requiredColumns(), kind.optionalColumns());
        var verdicts = new ArrayList<RowVerdict>();
        var commands = new ArrayList<C>();
        var firstLineOf = new HashMap<String, Long>();
        for (CsvRows.Row row : rows) {
            String key = kind.keyOf(row);
            var errors = new ArrayList<FieldProblem>();
            C command = null;
            if (row.shape() != null) {
                errors.add(row.shape());
            }
            try {
                command = kind.commandOf(row);
            } catch (InvalidCommand e) {
                errors.addAll(e.problems());
            }
            Long earlier = firstLineOf.putIfAbsent(key, row.line());
            if (earlier != null) {
                errors.add(new FieldProblem(kind.requiredColumns().getFirst(), key
                        + " is on line " + earlier + " already"));
            }
            String action = ImportAnswers.BAD;
            if (errors.isEmpty()) {
                var existing = kind.existing(command);
                errors.addAll(existing.differences());
                action = !existing.found() ? ImportAnswers.NEW
                        : errors.isEmpty() ? ImportAnswers.UNCHANGED : ImportAnswers.BAD;
            }
            boolean issues = action.equals(ImportAnswers.NEW);
            commands.add(issues ? command : null);
            verdicts.add(new RowVerdict(row.line(), key, action,
                    issues ? commandId(kind, command) : null, errors.stream()
                            .map(p -> new RowError(row.line(), p.field(), p.message())).toList()));
        }
        boolean ready = verdicts.stream().allMatch(v -> v.errors().isEmpty());
        if (!ready && !dryRun) {
            throw ImportRefused.badRows(verdicts);
        }
        long position = dryRun ? 0 : issue(verdicts, commands, user);
        return new ImportReport(dryRun, ready, !dryRun, count(verdicts, ImportAnswers.NEW),
                count(verdicts, ImportAnswers.UNCHANGED), count(verdicts, ImportAnswers.BAD),
                position, verdicts);
    }

    /**
     * One command a new row, in the file's order, each waited for: a refusal (a product
     * registered by someone else meanwhile) stops here, and what was issued stays issued;
     * running the file again then finds those rows unchanged.
     */
    private long issue(List<RowVerdict> verdicts, List<? extends Command> commands,
                       String user) {
        long position = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            if (commands.get(i) == null) {
                continue;
            }
            try {
                position = gateway.issue(verdicts.get(i).commandId(), user, commands.get(i))
                        .join().answer().position();
            } catch (CompletionException e) {
                throw e.getCause() instanceof CommandProblem p ? p : e;
            }
        }
        return position;
    }

    /** The kind, the key and a digest of the command: the same row gives the same id. */
    static String commandId(ImportKind<?> kind, Command command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (kind.name() + "\n" + command).getBytes(StandardCharsets.UTF_8));
            return "import-" + kind.name() + "-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static int count(List<RowVerdict> verdicts, String action) {
        return (int) verdicts.stream().filter(v -> v.action().equals(action)).count();
    }
}
