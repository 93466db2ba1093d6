package tally.client;

import java.time.ZoneId;
import java.util.function.LongSupplier;
import tally.client.activity.ActivityViewModel;
import tally.client.api.TallyApi;
import tally.client.command.CommandFormViewModel;
import tally.client.freshness.FreshnessViewModel;
import tally.client.lessons.LessonsViewModel;
import tally.client.location.BinCareViewModel;
import tally.client.location.DefineBinViewModel;
import tally.client.location.LocationViewModel;
import tally.client.orders.OrdersViewModel;
import tally.client.orders.PickViewModel;
import tally.client.orders.PlaceOrderViewModel;
import tally.client.product.ProductCareViewModel;
import tally.client.product.ProductViewModel;
import tally.client.session.Duty;
import tally.client.session.SessionViewModel;
import tally.client.session.SignInViewModel;
import tally.client.session.UsernameMemory;
import tally.client.stock.StockViewModel;
import tally.client.sync.Connection;
import tally.client.sync.PendingWrites;
import tally.client.trainer.LogTailViewModel;
import tally.client.trainer.TrainerViewModel;
import tally.client.ui.LocalTimes;
import tally.client.ui.UiExecutor;
import tally.client.users.UsersViewModel;

/**
 * Every screen's view model, wired to the others, to the session and to the connection. The
 * console and the view-model tests both build them here, so the tests run the wiring the
 * console runs.
 */
public record ConsoleViewModels(SessionViewModel session, SignInViewModel signIn,
                                PendingWrites writes, StockViewModel stock,
                                ProductViewModel product, LocationViewModel locations,
                                ActivityViewModel activity, CommandFormViewModel form,
                                TrainerViewModel trainer, LogTailViewModel log,
                                UsersViewModel users, OrdersViewModel orders,
                                PlaceOrderViewModel placeOrder, PickViewModel pick,
                                FreshnessViewModel freshness, DefineBinViewModel defineBin,
                                ProductCareViewModel productCare, BinCareViewModel binCare,
                                LocalTimes times, LessonsViewModel lessons) {

    public static ConsoleViewModels wire(TallyApi api, UiExecutor ui, Connection connection,
                                         LongSupplier clockMillis, UsernameMemory memory) {
        var session = new SessionViewModel(api, ui);
        var writes = new PendingWrites(api, ui);
        var stock = new StockViewModel(writes);
        var product = new ProductViewModel(api, ui, writes);
        var locations = new LocationViewModel(api, ui, writes);
        var form = new CommandFormViewModel(api, ui, writes, stock::find, connection::sawPosition,
                session.userProperty());
        var all = new ConsoleViewModels(session, new SignInViewModel(api, ui, session, memory),
                writes, stock, product, locations, new ActivityViewModel(),
                form,
                new TrainerViewModel(api, ui, connection.headProperty(), clockMillis),
                new LogTailViewModel(api, ui, connection.headProperty()),
                new UsersViewModel(api, ui),
                new OrdersViewModel(api, ui, session.may(Duty.CATALOGUE)),
                new PlaceOrderViewModel(api, ui),
                new PickViewModel(api, ui, session.may(Duty.CATALOGUE)),
                new FreshnessViewModel(clockMillis, ZoneId.systemDefault()),
                new DefineBinViewModel(api, ui, session.may(Duty.CATALOGUE)),
                new ProductCareViewModel(api, ui, product.detailProperty(),
                        session.may(Duty.CATALOGUE)),
                new BinCareViewModel(api, ui, locations.selectedProperty(),
                        session.may(Duty.CATALOGUE)),
                new LocalTimes(ZoneId.systemDefault(), clockMillis),
                new LessonsViewModel(api, ui, clockMillis, form, session.may(Duty.STOCK)));
        all.placeOrder().onPlaced(all.orders()::choose);
        all.trainer().controlsProperty().bind(session.may(Duty.READ_MODELS));
        all.lessons().controlsProperty().bind(session.may(Duty.READ_MODELS));
        // Follow the server only while someone is signed in; an ended session keeps the
        // screens as they are until the same user signs in again.
        session.phaseProperty().addListener((o, was, is) -> {
            switch (is) {
                case SIGNED_IN -> connection.signedIn();
                case SIGNED_OUT -> connection.disconnect();
                case ENDED -> { }
            }
        });
        // PendingWrites first: rows then render with the write state already settled.
        connection.addListener(all.writes());
        connection.addListener(all.stock());
        connection.addListener(all.product());
        connection.addListener(all.locations());
        connection.addListener(all.activity());
        connection.addListener(all.form());
        connection.addListener(all.trainer());
        connection.addListener(all.lessons());
        connection.addListener(all.log());
        connection.addListener(all.orders());
        connection.addListener(all.pick());
        connection.addListener(all.freshness());
        return all;
    }
}
