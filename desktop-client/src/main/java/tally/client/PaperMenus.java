package tally.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.paper.FxPrinting;
import tally.client.paper.PaperTool;
import tally.client.paper.PaperViewModel;
import tally.client.paper.Printing;
import tally.client.paper.Sheet;
import tally.client.paper.Viewer;
import tally.client.stock.StockOverviewRow;
import tally.client.ui.UiExecutor;

/**
 * The paper each screen prints, on that screen: bin labels on Locations (the chosen bin, else
 * every bin), product labels on Stock (the chosen product, else all), the chosen order's pick
 * list on Orders and the picked order's on Pick. By tab id, for Ctrl+P.
 */
final class PaperMenus {
    private PaperMenus() {
    }

    static Map<String, PaperTool> attach(Screens screens, TallyApi api, UiExecutor ui) {
        Printing printing = new FxPrinting();
        Viewer viewer = Viewer.desktop();
        var models = screens.models;
        var tools = new LinkedHashMap<String, PaperTool>();
        Function<Function<Boolean, Sheet>, PaperViewModel> vm =
                sheet -> new PaperViewModel(api, ui, printing, viewer, sheet);

        var bins = new PaperTool("binLabels", "Bin labels…", true, "a bin",
                vm.apply(qr -> Sheet.binLabels(models.locations().selectedProperty().get(), qr)));
        screens.locationView.addTool(bins);
        tools.put("locations", bins);

        var products = new PaperTool("productLabels", "Product labels…", true, "a product",
                vm.apply(qr -> {
                    StockOverviewRow row = screens.stockView.table().getSelectionModel()
                            .getSelectedItem();
                    return Sheet.productLabels(row == null ? null : row.sku(), qr);
                }));
        screens.stockView.addTool(products);
        tools.put("stock", products);

        var chosen = new PaperTool("orderPaper", "Pick list…", false, "an order",
                vm.apply(qr -> pickList(models.orders().chosenProperty().get())));
        screens.ordersView.addTool(chosen);
        tools.put("orders", chosen);

        var picked = new PaperTool("pickPaper", "Pick list…", false, "an order to pick",
                vm.apply(qr -> pickList(models.pick().orderProperty().get())));
        screens.pickView.addTool(picked);
        tools.put("pick", picked);
        return Map.copyOf(tools);
    }

    private static Sheet pickList(OrderDetail order) {
        return order == null ? null : Sheet.pickList(order.orderId());
    }
}
