package tally.client;

import java.util.function.Consumer;
import tally.client.activity.ActivityView;
import tally.client.activity.ActivityViewModel;
import tally.client.api.TallyApi;
import tally.client.command.CommandFormView;
import tally.client.command.CommandFormViewModel;
import tally.client.location.LocationView;
import tally.client.location.LocationViewModel;
import tally.client.product.ProductView;
import tally.client.product.ProductViewModel;
import tally.client.stock.StockOverviewRow;
import tally.client.stock.StockView;
import tally.client.stock.StockViewModel;
import tally.client.sync.Connection;
import tally.client.sync.PendingWrites;
import tally.client.trainer.LogTailViewModel;
import tally.client.trainer.TrainerView;
import tally.client.trainer.TrainerViewModel;

/** Every screen's view model and view, and the few links between them. */
final class Screens {
    final PendingWrites writes;
    final StockViewModel stock;
    final ProductViewModel product;
    final LocationViewModel locations;
    final ActivityViewModel activity;
    final CommandFormViewModel form;
    final TrainerViewModel trainer;
    final LogTailViewModel log;
    final StockView stockView;
    final ProductView productView;
    final LocationView locationView;
    final ActivityView activityView;
    final CommandFormView formView;
    final TrainerView trainerView;
    private Consumer<String> openProduct = sku -> { };

    Screens(TallyApi api, tally.client.ui.UiExecutor ui, Connection connection) {
        writes = new PendingWrites(api, ui);
        stock = new StockViewModel(writes);
        product = new ProductViewModel(api, ui, writes);
        locations = new LocationViewModel(api, ui, writes);
        activity = new ActivityViewModel();
        form = new CommandFormViewModel(api, ui, writes, stock::find, connection::sawPosition);
        trainer = new TrainerViewModel(api, ui, connection.headProperty(),
                System::currentTimeMillis);
        log = new LogTailViewModel(api, ui, connection.headProperty());
        // PendingWrites first: rows then render with the write state already settled.
        connection.addListener(writes);
        connection.addListener(stock);
        connection.addListener(product);
        connection.addListener(locations);
        connection.addListener(activity);
        connection.addListener(form);
        connection.addListener(trainer);
        connection.addListener(log);

        stockView = new StockView(stock, this::selected, this::opened);
        productView = new ProductView(product);
        locationView = new LocationView(locations);
        activityView = new ActivityView(activity);
        formView = new CommandFormView(form);
        trainerView = new TrainerView(trainer, log);
    }

    void onOpenProduct(Consumer<String> then) {
        openProduct = then;
    }

    /** A row chosen in the overview is what the operator acts on: the form takes it up. */
    private void selected(StockOverviewRow row) {
        form.lookAt(row.line());
    }

    private void opened(StockOverviewRow row) {
        product.show(row.sku());
        openProduct.accept(row.sku());
    }
}
