package tally.client.orders;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tally.client.orders.PlaceOrderViewModel.DraftLine;
import tally.client.ui.Columns;

/**
 * The place-order form, for supervisors: order id, customer, then SKU and quantity, where Enter
 * (a scanner's) adds the line and goes back to the SKU for the next; Delete removes the chosen
 * line; Place order (Alt+L, or Ctrl+Enter anywhere in the form) sends it.
 */
public final class PlaceOrderView extends VBox {
    private final TextField orderId = new TextField();

    public PlaceOrderView(PlaceOrderViewModel vm) {
        super(4);
        setId("placeOrderForm");
        getStyleClass().add("command-form");
        setPadding(new Insets(10));
        var title = new Label("Place an order");
        title.getStyleClass().add("title");
        var customer = new TextField();
        var sku = new TextField();
        var quantity = new TextField();
        quantity.setPromptText("1");
        sku.setPromptText("scan or type");
        var lines = new TableView<>(vm.lines());
        lines.setId("draftLines");
        lines.setPlaceholder(new Label("No lines yet: scan a SKU, Enter, quantity, Enter"));
        lines.getColumns().add(Columns.column("SKU", DraftLine::sku, 80));
        lines.getColumns().add(Columns.numeric("Qty", DraftLine::quantity, 45));
        lines.getColumns().add(Columns.column("Refused", DraftLine::error, 220));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        lines.setPrefHeight(170);
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.removeLine(lines.getSelectionModel().getSelectedIndex());
            }
        });
        var place = new Button("P_lace order");
        place.setId("placeOrder");
        place.setDefaultButton(false);
        place.disableProperty().bind(vm.busyProperty());
        place.setOnAction(e -> vm.submit());
        var message = new Label();
        message.setId("placeOrderMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        orderId.setOnAction(e -> customer.requestFocus());
        customer.setOnAction(e -> sku.requestFocus());
        sku.setOnAction(e -> {
            if (sku.getText().isBlank() && !vm.lines().isEmpty()) {
                vm.submit();
            } else {
                quantity.requestFocus();
            }
        });
        quantity.setOnAction(e -> {
            if (vm.addLine()) {
                sku.requestFocus();
            }
        });
        var entry = new HBox(6, field("SKU", "orderSku", sku, vm.skuProperty(),
                vm.errorProperty("sku")), field("Quantity", "orderQuantity", quantity,
                vm.quantityProperty(), vm.errorProperty("quantity")));
        HBox.setHgrow(entry.getChildren().get(0), Priority.ALWAYS);
        quantity.setPrefColumnCount(6);
        var linesError = error("lines-error", vm.errorProperty("lines"));
        var hint = new Label("Enter on an empty SKU, or Ctrl+Enter, places the order.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title,
                field("Order id", "orderId", orderId, vm.orderIdProperty(),
                        vm.errorProperty("orderId")),
                field("Customer", "customer", customer, vm.customerProperty(),
                        vm.errorProperty("customer")),
                entry, new Label("Lines"), lines, linesError, place, hint, message);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.submit();
                e.consume();
            }
        });
    }

    public void focusFirst() {
        orderId.requestFocus();
    }

    private static VBox field(String text, String id, TextField input, StringProperty value,
                              StringProperty error) {
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        var label = new Label(text);
        label.setLabelFor(input);
        return new VBox(2, label, input, error(id + "-error", error));
    }

    private static Label error(String id, StringProperty text) {
        var error = new Label();
        error.setId(id);
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        error.textProperty().bind(text);
        BooleanBinding shown = text.isNotEmpty();
        error.visibleProperty().bind(shown);
        error.managedProperty().bind(shown);
        return error;
    }
}
