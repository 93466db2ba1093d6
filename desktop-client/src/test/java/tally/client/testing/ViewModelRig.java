package tally.client.testing;

import java.util.concurrent.atomic.AtomicLong;
import tally.client.activity.ActivityViewModel;
import tally.client.command.CommandFormViewModel;
import tally.client.location.LocationViewModel;
import tally.client.product.ProductViewModel;
import tally.client.stock.StockViewModel;
import tally.client.sync.Connection;
import tally.client.sync.PendingWrites;
import tally.client.trainer.LogTailViewModel;
import tally.client.trainer.TrainerViewModel;

/** The console's view models over a fake server, wired as the console wires them, inline. */
public final class ViewModelRig {
    public final FakeTallyApi api = new FakeTallyApi();
    public final InlineUiExecutor ui = new InlineUiExecutor();
    public final AtomicLong clock = new AtomicLong(1_000_000);
    public final Connection connection = new Connection(api, ui);
    public final PendingWrites writes = new PendingWrites(api, ui);
    public final StockViewModel stock = new StockViewModel(writes);
    public final ProductViewModel product = new ProductViewModel(api, ui, writes);
    public final LocationViewModel locations = new LocationViewModel(api, ui, writes);
    public final ActivityViewModel activity = new ActivityViewModel();
    public final CommandFormViewModel form = new CommandFormViewModel(api, ui, writes,
            stock::find, connection::sawPosition);
    public final TrainerViewModel trainer = new TrainerViewModel(api, ui,
            connection.headProperty(), clock::get);
    public final LogTailViewModel log = new LogTailViewModel(api, ui, connection.headProperty());

    public ViewModelRig() {
        connection.addListener(writes);
        connection.addListener(stock);
        connection.addListener(product);
        connection.addListener(locations);
        connection.addListener(activity);
        connection.addListener(form);
        connection.addListener(trainer);
        connection.addListener(log);
    }

    public ViewModelRig started() {
        connection.start();
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
