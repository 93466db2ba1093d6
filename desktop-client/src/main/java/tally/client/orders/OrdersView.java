package tally.client.orders;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tally.client.api.WireShapes.OrderDetail;
import tally.client.api.WireShapes.OrderLine;
import tally.client.api.WireShapes.PickItem;
import tally.client.ui.Columns;
import tally.client.ui.LocalTimes;

/**
 * Orders: every order, live, with a status filter; below, the chosen one with its lines and its
 * pick list (and Cancel for a supervisor); on the right, for a supervisor, the place-order form.
 */
public final class OrdersView extends BorderPane {
    private final TableView<OrderDetail> table = new TableView<>();
    private final PlaceOrderView form;
    private final HBox bar = new HBox(10);

    /** {@code times}: when each order was placed, on the PC's clock. */
    public OrdersView(OrdersViewModel vm, PlaceOrderViewModel placing,
                      ObservableBooleanValue supervisor, LocalTimes times) {
        var status = new ComboBox<String>();
        status.setId("orderStatus");
        status.getItems().setAll(OrderStatusMeanings.CHOICES);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        var statusLabel = new Label("_Status");
        statusLabel.setMnemonicParsing(true);
        statusLabel.setLabelFor(status);
        var summary = new Label();
        summary.setId("ordersSummary");
        summary.textProperty().bind(vm.summaryProperty());
        bar.getChildren().addAll(statusLabel, status, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));

        table.setId("ordersTable");
        table.setPlaceholder(new Label("No orders to show"));
        table.getColumns().add(Columns.column("Order", OrderDetail::orderId, 110));
        table.getColumns().add(Columns.column("Customer", OrderDetail::customer, 150));
        table.getColumns().add(Columns.column("Status", OrderDetail::status, 100));
        table.getColumns().add(Columns.numeric("Lines", vm::lineCount, 50));
        // A row from the list has no lines until the order is heard: blank, not a false 0.
        table.getColumns().add(Columns.numeric("Units", o -> known(o, o.units()), 60));
        table.getColumns().add(Columns.numeric("Picked", o -> known(o, o.picked()), 60));
        table.getColumns().add(Columns.numeric("Backordered", o -> known(o, o.backordered()),
                90));
        table.getColumns().add(Columns.column("Placed", o -> times.shown(o.placedAt()), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setItems(vm.visibleRows());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && (vm.chosenProperty().get() == null
                    || !vm.chosenProperty().get().orderId().equals(is.orderId()))) {
                vm.choose(is.orderId());
            }
        });
        table.setRowFactory(Columns.styledRows(o -> java.util.List.of(
                "status-" + o.status().toLowerCase(java.util.Locale.ROOT)), java.util.Set.of(
                "status-placed", "status-allocated", "status-partial", "status-backordered",
                "status-picked", "status-shipped", "status-cancelled")));

        var split = new SplitPane(table, detail(vm));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        var left = new BorderPane(split);
        left.setTop(bar);
        form = new PlaceOrderView(placing);
        form.setPrefWidth(380);
        form.setMinWidth(300);
        setCenter(left);
        Runnable offer = () -> setRight(supervisor.get() ? form : null);
        supervisor.addListener((o, was, is) -> offer.run());
        offer.run();
    }

    /** Puts a tool (a screen's paper menu) at the end of the bar above the orders. */
    public void addTool(javafx.scene.Node tool) {
        bar.getChildren().add(tool);
    }

    public TableView<OrderDetail> table() {
        return table;
    }

    public PlaceOrderView form() {
        return form;
    }

    private static VBox detail(OrdersViewModel vm) {
        var title = new Label();
        title.setId("orderTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            OrderDetail o = vm.chosenProperty().get();
            return o == null ? "" : o.orderId() + (o.customer() == null ? "" : " — "
                    + o.customer()) + " · " + o.status() + " · version " + o.version()
                    + " · as of position " + o.position();
        }, vm.chosenProperty()));
        var message = new Label();
        message.setId("orderMessage");
        message.textProperty().bind(vm.messageProperty());

        var lines = new TableView<>(vm.lines());
        lines.setId("orderLines");
        lines.setPlaceholder(new Label("No order chosen"));
        lines.getColumns().add(Columns.column("SKU", OrderLine::sku, 110));
        lines.getColumns().add(Columns.numeric("Ordered", OrderLine::ordered, 70));
        lines.getColumns().add(Columns.numeric("Reserved", OrderLine::reserved, 70));
        lines.getColumns().add(Columns.numeric("Picked", OrderLine::picked, 70));
        lines.getColumns().add(Columns.numeric("Backordered", OrderLine::backordered, 90));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        var pick = new TableView<>(vm.pickList());
        pick.setId("orderPickList");
        pick.setPlaceholder(new Label("Nothing to pick"));
        pick.getColumns().add(Columns.column("Location", PickItem::location, 100));
        pick.getColumns().add(Columns.column("SKU", PickItem::sku, 110));
        pick.getColumns().add(Columns.numeric("Quantity", PickItem::quantity, 70));
        pick.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        var linesBox = new VBox(2, new Label("Lines"), lines);
        var pickBox = new VBox(2, new Label("Pick list, in walk order"), pick);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox.setVgrow(pick, Priority.ALWAYS);
        HBox.setHgrow(linesBox, Priority.ALWAYS);
        HBox.setHgrow(pickBox, Priority.ALWAYS);
        var tables = new HBox(8, linesBox, pickBox);
        VBox.setVgrow(tables, Priority.ALWAYS);

        var reason = new TextField();
        reason.setId("cancelReason");
        reason.setPromptText("reason (optional)");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        var cancel = new Button("Cancel order");
        cancel.setId("cancelOrder");
        cancel.setOnAction(e -> vm.cancel());
        var cancelBox = new HBox(6, reason, cancel);
        cancelBox.setAlignment(Pos.CENTER_LEFT);
        cancelBox.visibleProperty().bind(vm.mayCancelProperty());
        cancelBox.managedProperty().bind(vm.mayCancelProperty());
        var box = new VBox(6, title, message, tables, cancelBox);
        box.setPadding(new Insets(8));
        return box;
    }

    private static Long known(OrderDetail order, long figure) {
        return order.lines().isEmpty() ? null : figure;
    }
}
