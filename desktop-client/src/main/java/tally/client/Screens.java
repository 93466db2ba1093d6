package tally.client;

import java.util.List;
import java.util.function.Consumer;
import tally.client.activity.ActivityView;
import tally.client.api.TallyApi;
import tally.client.command.CommandFormView;
import tally.client.history.HistoryKeys;
import tally.client.history.HistoryViewModel;
import tally.client.history.HistoryWindow;
import tally.client.location.LocationView;
import tally.client.orders.OrdersView;
import tally.client.orders.PickView;
import tally.client.session.Duty;
import tally.client.product.ProductView;
import tally.client.session.DemoUser;
import tally.client.session.SignInView;
import tally.client.session.UsernameMemory;
import tally.client.stock.StockOverviewRow;
import tally.client.stock.StockView;
import tally.client.sync.Connection;
import tally.client.trainer.TrainerView;
import tally.client.ui.UiExecutor;
import tally.client.users.UsersView;

/** Every screen's view over its view model, and the few links between them. */
final class Screens {
    final ConsoleViewModels models;
    final SignInView signInView;
    final StockView stockView;
    final ProductView productView;
    final LocationView locationView;
    final ActivityView activityView;
    final CommandFormView formView;
    final TrainerView trainerView;
    final UsersView usersView;
    final OrdersView ordersView;
    final PickView pickView;
    final HistoryWindow historyWindow;
    /** Each screen's paper menu, by tab id (Ctrl+P opens the one in front). */
    final java.util.Map<String, tally.client.paper.PaperTool> paper;
    private Consumer<String> openProduct = sku -> { };

    Screens(TallyApi api, UiExecutor ui, Connection connection, UsernameMemory memory,
            List<DemoSignIn> demo) {
        models = ConsoleViewModels.wire(api, ui, connection, System::currentTimeMillis, memory);
        models.signIn().demoUsers().setAll(demo.stream()
                .map(d -> new DemoUser(d.username(), d.password(), d.role())).toList());
        signInView = new SignInView(models.signIn());
        stockView = new StockView(models.stock(), this::selected, this::opened);
        productView = new ProductView(models.product(), models.productCare());
        locationView = new LocationView(models.locations(), models.defineBin(),
                models.binCare());
        activityView = new ActivityView(models.activity(), models.times());
        formView = new CommandFormView(models.form());
        trainerView = new TrainerView(models.trainer(), models.log(), models.times(),
                models.lessons());
        usersView = new UsersView(models.users());
        ordersView = new OrdersView(models.orders(), models.placeOrder(),
                models.session().may(Duty.CATALOGUE), models.times());
        pickView = new PickView(models.pick());
        historyWindow = new HistoryWindow(new HistoryViewModel(api, ui, models.times()));
        linkHistory();
        paper = PaperMenus.attach(this, api, ui);
    }

    /** Every figure of the stock and product screens opens how it came about (F3). */
    private void linkHistory() {
        HistoryKeys.attach(stockView.table(), r -> new HistoryKeys.Target(r.sku(), null),
                historyWindow);
        var product = models.product().detailProperty();
        HistoryKeys.attach(productView.locationsTable(), l -> product.get() == null ? null
                : new HistoryKeys.Target(product.get().sku(), l.location()), historyWindow);
    }

    void onOpenProduct(Consumer<String> then) {
        openProduct = then;
    }

    /** A row chosen in the overview is what the operator acts on: the form takes it up. */
    private void selected(StockOverviewRow row) {
        models.form().lookAt(row.line());
    }

    private void opened(StockOverviewRow row) {
        models.product().show(row.sku());
        openProduct.accept(row.sku());
    }
}
