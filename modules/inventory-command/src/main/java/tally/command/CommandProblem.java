package tally.command;

import java.util.List;
import tally.command.domain.FieldProblem;
import tally.command.domain.Refusal;
import tally.command.domain.Refusal.LocationAlreadyDefined;
import tally.command.domain.Refusal.LocationNotEmpty;
import tally.command.domain.Refusal.LocationNotInRegister;
import tally.command.domain.Refusal.UnknownLocation;
import tally.command.domain.Refusal.InsufficientStock;
import tally.command.domain.Refusal.LocationFull;
import tally.command.domain.Refusal.NotReservedForOrder;
import tally.command.domain.Refusal.OrderAlreadyPlaced;
import tally.command.domain.Refusal.OrderClosed;
import tally.command.domain.Refusal.OrderNotPicked;
import tally.command.domain.Refusal.ProductAlreadyRegistered;
import tally.command.domain.Refusal.SameLocation;
import tally.command.domain.Refusal.StockReserved;
import tally.command.domain.Refusal.UnknownOrder;
import tally.command.domain.Refusal.UnknownProduct;
import tally.eventstore.AppendUnconfirmed;
import tally.eventstore.DiskFull;
import tally.eventstore.VersionConflict;

/**
 * Why a command was not carried out, as the problem+json answer will say it. Every way a command
 * can fail becomes one of these, here and nowhere else, so the HTTP edge maps a single type.
 */
public final class CommandProblem extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final transient List<FieldProblem> errors;
    private final Long currentVersion;

    private CommandProblem(int status, String slug, String title, String detail,
                           List<FieldProblem> errors, Long currentVersion) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.currentVersion = currentVersion;
    }

    public static CommandProblem invalid(String detail, List<FieldProblem> errors) {
        return new CommandProblem(400, "invalid-request", "Invalid request", detail,
                errors.isEmpty() ? null : List.copyOf(errors), null);
    }

    public static CommandProblem unknownCommand(String name) {
        return new CommandProblem(404, "unknown-command", "Unknown command",
                "there is no command '" + name + "'", null, null);
    }

    /** Said by the framework for a wrong media type; we say it for a missing one. */
    public static CommandProblem unsupportedMediaType() {
        return new CommandProblem(415, "unsupported-media-type", "Unsupported Media Type",
                "send the body as application/json", null, null);
    }

    /** The operator acted on a stale screen: the rule is {@code ExpectedVersion}'s, not ours. */
    public static CommandProblem versionConflict(VersionConflict c) {
        return new CommandProblem(409, "version-conflict", "Version conflict", c.stream()
                + " is at version " + c.actualVersion() + ", not " + c.expectedVersion()
                + ": look again and retry", null, c.actualVersion());
    }

    public static CommandProblem idempotencyKeyReused(String commandId) {
        return new CommandProblem(409, "idempotency-key-reused", "Idempotency key reused",
                "commandId " + commandId + " was already used for a different command, or by"
                        + " another user", null,
                null);
    }

    public static CommandProblem refused(Refusal r) {
        String slug = slugOf(r);
        String title = (Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' '))
                .replace("gtin", "GTIN");
        // A refusal about one field (a barcode's) names it as a 400 names its bad fields: the
        // field, and the words after its name.
        List<FieldProblem> errors = r.field() == null ? null : List.of(new FieldProblem(
                r.field(), r.getMessage().startsWith(r.field() + " ")
                        ? r.getMessage().substring(r.field().length() + 1) : r.getMessage()));
        return new CommandProblem(422, slug, title, r.getMessage(), errors, null);
    }

    public static CommandProblem unavailable(String detail) {
        return new CommandProblem(503, "unavailable", "Unavailable", detail, null, null);
    }

    /**
     * The log failed to take an append: nothing was stored (a full disk says where), or, where
     * its commit was not confirmed ({@link AppendUnconfirmed}), it may have been; then the same
     * command id is what makes a retry safe, so the answer names it (a server-made id too).
     */
    public static CommandProblem notLogged(Throwable cause, String commandId) {
        if (cause instanceof DiskFull full) { // nothing stored: where the disk is full, and why
            return unavailable(full.getMessage());
        }
        return unavailable(cause instanceof AppendUnconfirmed
                ? "the event log did not confirm the command; it may have been stored: send it"
                        + " again with commandId \"" + commandId + "\", which carries it out once"
                : "the event log did not take the command; nothing was stored, retry later");
    }

    private static String slugOf(Refusal r) {
        return switch (r) {
            case UnknownProduct _ -> "unknown-product";
            case ProductAlreadyRegistered _ -> "product-already-registered";
            case InsufficientStock _ -> "insufficient-stock";
            case SameLocation _ -> "same-location";
            case LocationFull _ -> "location-full";
            case StockReserved _ -> "stock-reserved";
            case NotReservedForOrder _ -> "not-reserved-for-order";
            case UnknownOrder _ -> "unknown-order";
            case OrderAlreadyPlaced _ -> "order-already-placed";
            case OrderClosed _ -> "order-closed";
            case OrderNotPicked _ -> "order-not-picked";
            case LocationAlreadyDefined _ -> "location-already-defined";
            case UnknownLocation _ -> "unknown-location";
            case LocationNotEmpty _ -> "location-not-empty";
            case LocationNotInRegister _ -> "location-not-in-register";
            case Refusal.NotAGtin _ -> "not-a-gtin";
            case Refusal.BarcodeTaken _ -> "barcode-taken";
            case Refusal.NotAnAlias _ -> "not-an-alias";
        };
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The bad fields of a 400, or null. */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** For a version conflict, the stream's version now; otherwise null. */
    public Long currentVersion() {
        return currentVersion;
    }
}
