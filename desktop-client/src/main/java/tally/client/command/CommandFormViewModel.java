package tally.client.command;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import tally.client.api.ProblemException;
import tally.client.api.ServerUnreachable;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.CommandResult;
import tally.client.api.WireShapes.StockDetail;
import tally.client.api.WireShapes.StockLine;
import tally.client.session.SignedInUser;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;
import tally.client.sync.PendingWrites;
import tally.client.ui.UiExecutor;

/**
 * The command form: one set of fields, shown as the chosen command needs them. It sends the
 * version of the product the operator looked at as {@code expectedVersion}, keeps its command
 * id for a retry when no answer came, and puts every refusal by the field it concerns. It
 * offers only the commands the signed-in user's roles allow, keeps what was typed when the
 * session ends, and is cleared when the user signs out.
 */
public final class CommandFormViewModel implements LiveListener {
    static final String NOT_SENT = "Not sent, the server did not answer; your command is kept."
            + " Submit again when it is back.";
    private final TallyApi api;
    private final UiExecutor ui;
    private final PendingWrites writes;
    private final Function<String, Optional<StockLine>> catalogue;
    private final LongConsumer positions;
    private final ObjectProperty<CommandKind> kind = new SimpleObjectProperty<>(this, "kind",
            CommandKind.RECEIVE);
    private final Map<Field, StringProperty> values = new EnumMap<>(Field.class);
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObjectProperty<Field> attention = new SimpleObjectProperty<>(this, "attention");
    private final IntegerProperty completed = new SimpleIntegerProperty(this, "completed");
    private final LookedAt lookedAt = new LookedAt();
    private final Map<String, Long> ownVersions = new HashMap<>();
    /** The latest per-location figures heard of each product, for {@link LookedAt#seenAs}. */
    private final Map<String, StockDetail> latestDetails = new HashMap<>();
    private final OfferedCommands offered;
    private final NewBins newBins;
    private String commandId;

    public CommandFormViewModel(TallyApi api, UiExecutor ui, PendingWrites writes,
                                Function<String, Optional<StockLine>> catalogue,
                                LongConsumer positions, ObservableObjectValue<SignedInUser> user) {
        this.api = api;
        this.ui = ui;
        this.writes = writes;
        this.catalogue = catalogue;
        this.positions = positions;
        this.newBins = new NewBins(api, ui);
        for (Field f : Field.values()) {
            values.put(f, new SimpleStringProperty(this, f.json(), ""));
            errors.put(f, new SimpleStringProperty(this, f.json() + "Error", ""));
            values.get(f).addListener((o, was, is) -> edited(f));
        }
        kind.addListener((o, was, is) -> commandId = null);
        offered = new OfferedCommands(user);
        user.addListener((o, was, is) -> userChanged(was, is));
        userChanged(null, user.get());
    }

    /** True when the signed-in user's roles allow this command: only then is it offered. */
    public BooleanBinding offered(CommandKind k) {
        return offered.of(k);
    }

    /** False for a user who may issue no command at all (a trainer, an admin). */
    public BooleanBinding anyOfferedProperty() {
        return offered.any();
    }

    public ObjectProperty<CommandKind> kindProperty() {
        return kind;
    }

    public StringProperty value(Field field) {
        return values.get(field);
    }

    public StringProperty error(Field field) {
        return errors.get(field);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The field the operator should look at next: set after a refusal. */
    public ObjectProperty<Field> attentionProperty() {
        return attention;
    }

    /** Counts commands done; the view moves the focus back to the first field on each. */
    public IntegerProperty completedProperty() {
        return completed;
    }

    /** The figures the operator acts on, and whether they have changed since. */
    public StringProperty lookedAtProperty() {
        return lookedAt.text();
    }

    /** The operator picked a product elsewhere (a stock row): act on it, at that version. */
    public void lookAt(StockLine line) {
        value(Field.SKU).set(line.sku());
        look(withOwnVersion(line));
    }

    /** The field after this one for the chosen command; empty when it is the last. */
    public Optional<Field> after(Field field) {
        var fields = kind.get().fields();
        int i = fields.indexOf(field);
        return i < 0 || i + 1 >= fields.size() ? Optional.empty() : Optional.of(fields.get(i + 1));
    }

    /** Only the product being looked at matters here: its live figures, shown beside it. */
    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Changed(StockChanged(_, StockDetail stock)) -> {
                latestDetails.put(stock.sku(), stock);
                lookedAt.seenAs(stock);
                lookedAt.live(stock.line());
            }
            case Changed(LocationChanged _) -> { }
            case Changed(ActivityAdded _) -> { }
            case Changed(ProjectionChanged _) -> { }
            case Changed(OrderChanged _) -> { }
            case Resynced _ -> { }
        }
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        CommandKind k = kind.get();
        if (!offered(k).get()) {
            message.set("Not sent: your roles do not allow " + k.command() + ".");
            return;
        }
        errors.values().forEach(e -> e.set(""));
        var input = FormInput.read(k, values);
        if (!input.errors().isEmpty()) {
            input.errors().forEach((f, m) -> errors.get(f).set(m));
            message.set("Not sent: " + input.errors().values().iterator().next());
            attention.set(null);
            attention.set(input.errors().keySet().iterator().next());
            return;
        }
        var body = new LinkedHashMap<>(input.body());
        if (askFirst(k, body)) {
            return;
        }
        String sku = (String) body.get("sku");
        if (commandId == null) {
            commandId = UUID.randomUUID().toString();
        }
        body.put("commandId", commandId);
        Long expected = k == CommandKind.REGISTER ? null : lookedAt.versionFor(sku);
        if (expected != null) {
            body.put("expectedVersion", expected);
        }
        busy.set(true);
        message.set("Sending …");
        ui.call(() -> api.command(k.command(), body), r -> done(k, body, r),
                e -> failed(k, body, e));
    }

    /** Asks once before stock goes to a bin never used before; true when not sent now. */
    private boolean askFirst(CommandKind k, Map<String, Object> body) {
        Field field = k.destination().orElse(null);
        String bin = field == null ? null : (String) body.get(field.json());
        if (bin == null || newBins.cleared(bin)) {
            return false;
        }
        busy.set(true);
        message.set("Looking up bin " + bin + " …");
        newBins.check(bin, () -> {
            busy.set(false);
            submit();
        }, () -> {
            busy.set(false);
            errors.get(field).set("New bin: never used before.");
            message.set("Bin " + bin + " has never been used. Check the code; send again to use"
                    + " it.");
            attention.set(null);
            attention.set(field);
        });
        return true;
    }

    private void done(CommandKind k, Map<String, Object> body, CommandResult result) {
        busy.set(false);
        commandId = null;
        String sku = (String) body.get("sku");
        ownVersions.merge(sku, result.version(), Math::max);
        positions.accept(result.position());
        writes.issued(sku, k.locationsIn(body), result.position());
        message.set(k.done(body) + " — position " + result.position() + ", version "
                + result.version() + ".");
        values.values().forEach(v -> v.set(""));
        lookedAt.set(null);
        completed.set(completed.get() + 1);
        if (k == CommandKind.COUNT) {
            int done = completed.get();
            CountOutcome.tell(api, ui, body, result, () -> completed.get() == done, message::set);
        }
    }

    private void failed(CommandKind k, Map<String, Object> body, RuntimeException e) {
        busy.set(false);
        if (e instanceof ServerUnreachable u && u.notSent()) {
            // Nothing reached the server: the form stays as typed, and a new submit is the
            // first sending of this command.
            message.set(NOT_SENT);
            return;
        }
        if (!(e instanceof ProblemException p)) {
            message.set("No answer from the server: the command may or may not have been"
                    + " recorded. Submit again; it will not be recorded twice.");
            return;
        }
        if (ProblemException.endsSession(p)) {
            // Nothing was stored, and the form is left as it is: after signing in again the
            // operator submits it as it was (with the same command id, which is harmless).
            message.set("Not sent: the session has ended. Sign in again, then submit: the form"
                    + " keeps what you typed.");
            return;
        }
        commandId = null;
        if (p.problem().slug().equals("version-conflict")) {
            String sku = (String) body.get("sku");
            new StaleScreen(api, ui, lookedAt, errors.get(Field.SKU), message)
                    .explain(sku, (Long) body.get("expectedVersion"), k.locationsIn(body));
            attention.set(null);
            attention.set(Field.SKU);
            return;
        }
        var refusals = Refusals.of(p.problem(), k, body);
        refusals.byField().forEach((f, m) -> errors.get(f).set(m));
        message.set(refusals.forForm());
        attention.set(null);
        attention.set(refusals.byField().keySet().stream().findFirst().orElse(null));
    }

    /** A new user gets an empty form; the same user, signed in again, finds it as it was. */
    private void userChanged(SignedInUser was, SignedInUser is) {
        if (is == null || was != null && !was.username().equals(is.username())) {
            values.values().forEach(v -> v.set(""));
            errors.values().forEach(e -> e.set(""));
            message.set("");
            lookedAt.set(null);
            commandId = null;
        }
        if (is != null && !offered(kind.get()).get()) {
            offered.first().ifPresent(kind::set);
        }
    }

    private void edited(Field field) {
        commandId = null;
        errors.get(field).set("");
        if (field == Field.SKU) {
            String sku = values.get(Field.SKU).get().trim();
            if (lookedAt.seen() == null || !lookedAt.seen().sku().equals(sku)) {
                look(catalogue.apply(sku).map(this::withOwnVersion).orElse(null));
            }
        }
    }

    private void look(StockLine line) {
        lookedAt.set(line);
        if (line != null) {
            lookedAt.seenAs(latestDetails.get(line.sku()));
        }
    }

    /** Our own answered command is a newer version than a lagging read model may show. */
    private StockLine withOwnVersion(StockLine line) {
        long own = ownVersions.getOrDefault(line.sku(), 0L);
        return own <= line.version() ? line : new StockLine(line.sku(), line.name(),
                line.onHand(), line.reserved(), line.available(), line.reorderPoint(),
                line.belowReorderPoint(), own);
    }
}
