package tally.client.product;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tally.client.api.WireShapes.LocationQuantity;
import tally.client.api.WireShapes.StockDetail;
import tally.client.ui.Columns;

/**
 * A product: its figures, its state after this console's last command, its locations; for a
 * supervisor, its care (name, reorder point).
 */
public final class ProductView extends BorderPane {
    private final TableView<LocationQuantity> table;

    /** {@code care}: the supervisor's rename and reorder point, under the figures. */
    public ProductView(ProductViewModel vm, ProductCareViewModel care) {
        var sku = new TextField();
        sku.setId("productSku");
        sku.setPromptText("SKU");
        sku.textProperty().bindBidirectional(vm.skuProperty());
        sku.setOnAction(e -> vm.show());
        var label = new Label("SKU");
        label.setLabelFor(sku);
        var show = new Button("Sho_w");
        show.setId("productShow");
        show.setOnAction(e -> vm.show());
        var top = new HBox(8, label, sku, show);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        var title = new Label();
        title.setId("productTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.detailProperty().get() == null ? ""
                        : vm.detailProperty().get().sku() + " — "
                                + vm.detailProperty().get().name(),
                vm.detailProperty()));
        var figures = new Label();
        figures.setId("productFigures");
        figures.textProperty().bind(Bindings.createStringBinding(
                () -> figuresOf(vm.detailProperty().get()), vm.detailProperty()));
        var state = new Label();
        state.setId("productState");
        state.textProperty().bind(Bindings.createStringBinding(
                () -> vm.writeProperty().get() == null ? ""
                        : "Your last command: " + vm.writeProperty().get().describe(),
                vm.writeProperty()));
        // No blank line where there is nothing to say.
        state.managedProperty().bind(state.textProperty().isNotEmpty());
        var message = new Label();
        message.setId("productMessage");
        message.textProperty().bind(vm.messageProperty());

        table = new TableView<>(vm.locations());
        table.setId("productLocations");
        table.setPlaceholder(new Label("No locations"));
        table.getColumns().add(Columns.column("Location", LocationQuantity::location, 160));
        table.getColumns().add(Columns.numeric("Quantity", LocationQuantity::quantity, 100));
        table.getColumns().add(Columns.numeric("Reserved", LocationQuantity::reserved, 100));
        table.getColumns().add(Columns.numeric("Available",
                l -> l.quantity() - l.reserved(), 100));

        var header = new VBox(6, top, title, figures, state, message,
                new ProductCareView(care, vm.detailProperty()));
        header.setPadding(new Insets(8));
        setTop(header);
        setCenter(table);
    }

    /** The per-location figures, for links such as their history. */
    public TableView<LocationQuantity> locationsTable() {
        return table;
    }

    private static String figuresOf(StockDetail d) {
        if (d == null) {
            return "";
        }
        return d.onHand() + " on hand · " + d.reserved() + " reserved · " + d.available()
                + " available · reorder point " + d.reorderPoint()
                + (d.belowReorderPoint() ? " · ▼ below reorder point" : "")
                + " · version " + d.version() + " · as of position " + d.position();
    }
}
