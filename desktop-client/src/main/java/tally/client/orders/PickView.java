package tally.client.orders;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tally.client.api.WireShapes.PickItem;
import tally.client.orders.PickViewModel.Step;
import tally.client.ui.Columns;

/**
 * The pick screen: one field per scan, only the one the next scan fills open and focused, the
 * next move in large type above them, the pick list beside. F4 counts the location instead
 * of picking; Esc leaves the order for another.
 */
public final class PickView extends BorderPane {
    private final PickViewModel vm;
    private final Map<Step, TextField> fields = new EnumMap<>(Step.class);
    private final Button ship = new Button("_Ship order");
    private final VBox left = new VBox(12);

    public PickView(PickViewModel vm) {
        this.vm = vm;
        var prompt = new Label();
        prompt.setId("pickPrompt");
        prompt.getStyleClass().add("pick-prompt");
        prompt.setWrapText(true);
        prompt.textProperty().bind(vm.promptProperty());
        var message = new Label();
        message.setId("pickMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.wrongProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove("field-error");
            if (is) {
                message.getStyleClass().add("field-error");
            }
        });

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, Step.ORDER, "Order", "pickOrder", null);
        row(grid, 1, Step.LOCATION, "Location", "pickLocation",
                Bindings.createStringBinding(() -> vm.currentProperty().get() == null ? ""
                        : "→ " + vm.currentProperty().get().location(), vm.currentProperty()));
        row(grid, 2, Step.SKU, "SKU", "pickSku",
                Bindings.createStringBinding(() -> vm.currentProperty().get() == null ? ""
                        : "→ " + vm.currentProperty().get().sku(), vm.currentProperty()));
        row(grid, 3, Step.QUANTITY, "Quantity", "pickQuantity",
                Bindings.createStringBinding(() -> vm.currentProperty().get() == null ? ""
                        : "→ " + vm.currentProperty().get().quantity(), vm.currentProperty()));
        row(grid, 4, Step.COUNT, "Counted at location", "pickCounted", null);

        var countInstead = new Button("Fewer here: count (F4)");
        countInstead.setId("pickCountInstead");
        countInstead.disableProperty().bind(vm.stepProperty().isNotEqualTo(Step.QUANTITY)
                .and(vm.stepProperty().isNotEqualTo(Step.SKU)));
        countInstead.setOnAction(e -> vm.countInstead());
        ship.setId("pickShip");
        ship.setOnAction(e -> vm.scanned());
        ship.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.SHIP));
        ship.managedProperty().bind(ship.visibleProperty());
        ship.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                ship.fire();
                e.consume();
            }
        });
        var another = new Button("Another order (Esc)");
        another.setId("pickAnother");
        another.setOnAction(e -> vm.another());
        var buttons = new HBox(8, ship, countInstead, another);
        buttons.setAlignment(Pos.CENTER_LEFT);

        left.getChildren().addAll(prompt, grid, buttons, message);
        left.setPadding(new Insets(16));
        left.setPrefWidth(560);
        var items = new TableView<>(vm.items());
        items.setId("pickItems");
        items.setFocusTraversable(false);
        items.setPlaceholder(new Label("Scan an order to see its pick list"));
        items.getColumns().add(Columns.column("Location", PickItem::location, 110));
        items.getColumns().add(Columns.column("SKU", PickItem::sku, 110));
        items.getColumns().add(Columns.numeric("Quantity", PickItem::quantity, 80));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // The first row is where the picker goes now: shown selected, focus stays in the field.
        vm.currentProperty().addListener((o, was, is) -> {
            if (is == null) {
                items.getSelectionModel().clearSelection();
            } else {
                items.getSelectionModel().select(0);
            }
        });
        var title = new Label();
        title.setId("pickTitle");
        title.getStyleClass().add("title");
        title.textProperty().bind(Bindings.createStringBinding(() ->
                vm.orderProperty().get() == null ? "Pick list"
                        : "Pick list of " + vm.orderProperty().get().orderId() + " ("
                        + vm.orderProperty().get().status() + "), in walk order",
                vm.orderProperty()));
        var right = new VBox(6, title, items);
        VBox.setVgrow(items, Priority.ALWAYS);
        right.setPadding(new Insets(16, 16, 16, 0));
        HBox.setHgrow(right, Priority.ALWAYS);
        setCenter(new HBox(left, right));
        setId("pickScreen");

        vm.stepProperty().addListener((o, was, is) -> Platform.runLater(this::focusStep));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F4) {
                vm.countInstead();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.another();
                e.consume();
            }
        });
    }

    /** Puts a tool (a screen's paper menu) on a line of its own under the scan's message. */
    public void addTool(javafx.scene.Node tool) {
        left.getChildren().add(tool);
    }

    /** The focus goes where the next scan lands: the field of the step, or Ship. */
    public void focusStep() {
        if (vm.stepProperty().get() == Step.SHIP) {
            ship.requestFocus();
        } else {
            fields.get(vm.stepProperty().get()).requestFocus();
        }
    }

    private void row(GridPane grid, int at, Step step, String text, String id,
                     javafx.beans.value.ObservableValue<String> expected) {
        var field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(16);
        field.textProperty().bindBidirectional(vm.input(step));
        field.disableProperty().bind(vm.stepProperty().isNotEqualTo(step));
        field.setOnAction(e -> vm.scanned());
        fields.put(step, field);
        var label = new Label(text);
        label.setLabelFor(field);
        grid.add(label, 0, at);
        grid.add(field, 1, at);
        if (expected != null) {
            var hint = new Label();
            hint.setId(id + "-expected");
            hint.getStyleClass().add("expected");
            hint.textProperty().bind(expected);
            grid.add(hint, 2, at);
        }
    }
}
