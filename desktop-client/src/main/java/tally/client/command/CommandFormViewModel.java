package tally.client.command;

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
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
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
 * The command form: one set of fields, shown as the chosen command needs them, the location
 * first where there is one (the way pickers walk). Enter moves on, the SKU field checking the
 * scan first ({@link SkuEntry}); the last field's Enter sends. It sends the version of the
 * product the operator looked at as {@code expectedVersion}, keeps its command id for a retry
 * when no answer came, and puts every refusal by the field it concerns. It offers only the
 * commands the signed-in user's roles allow, keeps what was typed when the session ends, and is
 * cleared when the user signs out.
 */
public final class CommandFormViewModel implements LiveListener {
    private final TallyApi api;
    private final UiExecutor ui;
    private final PendingWrites writes;
    private final Function<String, Optional<StockLine>> catalogue;
    private final LongConsumer positions;
    private final ObjectProperty<CommandKind> kind = new SimpleObjectProperty<>(this, "kind",
            CommandKind.RECEIVE);
    private final FormFields form = new FormFields();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final IntegerProperty completed = new SimpleIntegerProperty(this, "completed");
    private final LookedAt lookedAt = new LookedAt();
    private final OwnVersions ownVersions = new OwnVersions();
    /** The latest per-location figures heard of each product, for {@link LookedAt#seenAs}. */
    private final Map<String, StockDetail> latestDetails = new HashMap<>();
    private final OfferedCommands offered;
    private final AskFirst askFirst;
    private final SkuEntry skuEntry;
    private final Detour detour = new Detour();
    private String commandId;

    public CommandFormViewModel(TallyApi api, UiExecutor ui, PendingWrites writes,
                                Function<String, Optional<StockLine>> catalogue,
                                LongConsumer positions, ObservableObjectValue<SignedInUser> user) {
        this.api = api;
        this.ui = ui;
        this.writes = writes;
        this.catalogue = catalogue;
        this.positions = positions;
        this.askFirst = new AskFirst(api, ui, form, busy);
        for (Field f : Field.values()) {
            form.value(f).addListener((o, was, is) -> edited(f));
        }
        offered = new OfferedCommands(user);
        skuEntry = new SkuEntry(form, new SkuCheck(api, ui, catalogue), kind,
                k -> offered(k).get(), detour, () -> onward(Field.SKU));
        kind.addListener((o, was, is) -> {
            commandId = null;
            detour.chosen(is);
        });
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
        return form.value(field);
    }

    public StringProperty error(Field field) {
        return form.error(field);
    }

    public StringProperty messageProperty() {
        return form.message;
    }

    /** The name of the product in the SKU field, once a scan has been checked; else empty. */
    public StringProperty productNameProperty() {
        return form.productName;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The field the operator should look at next: set on Enter, after a refusal or an ask. */
    public ObjectProperty<Field> attentionProperty() {
        return form.attention;
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
        look(ownVersions.over(line));
    }

    /** The field after this one for the chosen command; empty when it is the last. */
    public Optional<Field> after(Field field) {
        return kind.get().after(field);
    }

    /**
     * The field the next scan fills: the chosen command's first empty field, or its first when
     * all are filled. The console puts the focus there after every screen or command switch.
     */
    public Field nextScanField() {
        var fields = kind.get().fields();
        return fields.stream().filter(f -> form.text(f).isEmpty()).findFirst()
                .orElse(fields.get(0));
    }

    /** Enter in a field (a scanner ends each code with it); the SKU field checks it first. */
    public void enter(Field field) {
        if (field == Field.SKU && kind.get() != CommandKind.REGISTER) {
            // Register names a new SKU; Barcode checks the SKU it gives the barcode to.
            skuEntry.enter();
        } else {
            onward(field);
        }
    }

    private void onward(Field field) {
        after(field).ifPresentOrElse(form::point, this::submit); // the last field sends
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
            case Changed(LocationChanged _), Changed(ActivityAdded _),
                 Changed(ProjectionChanged _), Changed(OrderChanged _), Resynced _ -> { }
        }
    }

    /** Sends the chosen command, a scan still in the SKU field checked first as Enter would. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        CommandKind k = kind.get();
        if (!offered(k).get()) {
            form.message.set("Not sent: your roles do not allow " + k.command() + ".");
            return;
        }
        if (k == CommandKind.REGISTER) {
            send();
        } else {
            skuEntry.beforeSending(this::send);
        }
    }

    private void send() {
        CommandKind k = kind.get();
        form.clearErrors();
        var input = FormInput.read(k, form.values);
        if (!input.errors().isEmpty()) {
            input.errors().forEach((f, m) -> form.error(f).set(m));
            form.message.set("Not sent: " + input.errors().values().iterator().next());
            form.point(input.errors().keySet().iterator().next());
            return;
        }
        var body = new LinkedHashMap<>(input.body());
        if (askFirst.unusualQuantity(k, body) || askFirst.newBin(k, body, this::submit)) {
            return;
        }
        String sku = (String) body.get("sku");
        if (commandId == null) {
            commandId = UUID.randomUUID().toString();
        }
        body.put("commandId", commandId);
        Long expected = k.onStock() ? lookedAt.versionFor(sku) : null;
        if (expected != null) {
            body.put("expectedVersion", expected);
        }
        busy.set(true);
        form.message.set("Sending …");
        ui.call(() -> api.command(k.command(), body), r -> done(k, body, r),
                e -> failed(k, body, e));
    }

    private void done(CommandKind k, Map<String, Object> body, CommandResult result) {
        busy.set(false);
        commandId = null;
        String sku = (String) body.get("sku");
        positions.accept(result.position());
        if (k.onStock()) {
            ownVersions.answered(sku, result.version());
            writes.issued(sku, k.locationsIn(body), result.position());
        }
        askFirst.sent(k, body);
        form.message.set(k.done(body) + " — position " + result.position() + ", version "
                + result.version() + ".");
        form.clearValues();
        lookedAt.set(null);
        completed.set(completed.get() + 1);
        if (k == CommandKind.COUNT) {
            int done = completed.get();
            CountOutcome.tell(api, ui, body, result, () -> completed.get() == done,
                    form.message::set);
        }
        detour.back(k, kind, form, sku, k == CommandKind.REGISTER ? (String) body.get("name")
                : catalogue.apply(sku).map(StockLine::name).orElse(null));
    }

    private void failed(CommandKind k, Map<String, Object> body, RuntimeException e) {
        busy.set(false);
        SendFailure.tell(e, k, body, form, () -> commandId = null,
                new StaleScreen(api, ui, lookedAt, form.error(Field.SKU), form.message));
    }

    /** A new user gets an empty form; the same user, signed in again, finds it as it was. */
    private void userChanged(SignedInUser was, SignedInUser is) {
        if (is == null || was != null && !was.username().equals(is.username())) {
            form.clearValues();
            form.clearErrors();
            form.message.set("");
            lookedAt.set(null);
            commandId = null;
            detour.drop();
        }
        if (is != null && !offered(kind.get()).get()) {
            offered.first().ifPresent(kind::set);
        }
    }

    private void edited(Field field) {
        commandId = null;
        form.error(field).set("");
        if (field == Field.SKU) {
            skuEntry.edited();
            String sku = form.text(Field.SKU);
            Optional<StockLine> known = catalogue.apply(sku);
            form.productName.set(known.map(StockLine::name).orElse(""));
            if (lookedAt.seen() == null || !lookedAt.seen().sku().equals(sku)) {
                look(known.map(ownVersions::over).orElse(null));
            }
        }
    }

    private void look(StockLine line) {
        lookedAt.set(line);
        if (line != null) {
            lookedAt.seenAs(latestDetails.get(line.sku()));
        }
    }
}
