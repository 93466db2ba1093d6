package tally.client.testing;

import java.util.concurrent.atomic.AtomicLong;
import tally.client.ConsoleViewModels;
import tally.client.activity.ActivityViewModel;
import tally.client.command.CommandFormViewModel;
import tally.client.location.LocationViewModel;
import tally.client.orders.OrdersViewModel;
import tally.client.orders.PickViewModel;
import tally.client.orders.PlaceOrderViewModel;
import tally.client.product.ProductViewModel;
import tally.client.session.SessionViewModel;
import tally.client.session.SignInViewModel;
import tally.client.session.UsernameMemory;
import tally.client.stock.StockViewModel;
import tally.client.sync.Connection;
import tally.client.sync.PendingWrites;
import tally.client.trainer.LogTailViewModel;
import tally.client.trainer.TrainerViewModel;
import tally.client.users.UsersViewModel;

/** The console's view models over a fake server, wired by the console's own wiring, inline. */
public final class ViewModelRig {
    public final FakeTallyApi api = new FakeTallyApi();
    public final InlineUiExecutor ui = new InlineUiExecutor();
    public final AtomicLong clock = new AtomicLong(1_000_000);
    public final UsernameMemory memory = UsernameMemory.inMemory();
    public final Connection connection = new Connection(api, ui);
    private final ConsoleViewModels models =
            ConsoleViewModels.wire(api, ui, connection, clock::get, memory);
    public final SessionViewModel session = models.session();
    public final SignInViewModel signIn = models.signIn();
    public final PendingWrites writes = models.writes();
    public final StockViewModel stock = models.stock();
    public final ProductViewModel product = models.product();
    public final LocationViewModel locations = models.locations();
    public final ActivityViewModel activity = models.activity();
    public final CommandFormViewModel form = models.form();
    public final TrainerViewModel trainer = models.trainer();
    public final LogTailViewModel log = models.log();
    public final UsersViewModel users = models.users();
    public final OrdersViewModel orders = models.orders();
    public final PlaceOrderViewModel placeOrder = models.placeOrder();
    public final PickViewModel pick = models.pick();
    public final tally.client.location.DefineBinViewModel defineBin = models.defineBin();
    public final tally.client.product.ProductCareViewModel productCare = models.productCare();
    public final tally.client.location.BinCareViewModel binCare = models.binCare();
    public final tally.client.lessons.LessonsViewModel lessons = models.lessons();

    /** Signed in as {@code owner}, who has every role; signing in connects. */
    public ViewModelRig started() {
        return signedInAs("owner");
    }

    /** Signs in through the sign-in screen's view model, with the fake's password for NAME. */
    public ViewModelRig signedInAs(String username) {
        signIn.usernameProperty().set(username);
        signIn.passwordProperty().set(FakeSessions.password(username));
        signIn.signIn();
        if (session.phaseProperty().get() != SessionViewModel.Phase.SIGNED_IN) {
            throw new IllegalStateException("not signed in: " + signIn.messageProperty().get());
        }
        return this;
    }

    /** A sample warehouse, recorded before the console connects or while it watches. */
    public ViewModelRig seeded() {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        api.otherClient("register-product", CommandBody.of("sku", "SKU-2", "name", "Red gadget",
                "reorderPoint", 50L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2", "location", "B-02",
                "quantity", 20L));
        return this;
    }
}
