package tally.client.product;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tally.client.api.WireShapes.StockDetail;

/**
 * The supervisor's product care under the product's figures: rename, and set the reorder
 * point, each a field and a button, each refusal under its field. Not there for an operator,
 * nor while no product is shown.
 */
public final class ProductCareView extends VBox {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    public ProductCareView(ProductCareViewModel vm, ObservableValue<StockDetail> shown) {
        var name = input("careName", vm.nameProperty(), 280, vm::rename);
        var rename = button("Rename", "careRename", vm, vm::rename);
        var point = input("careReorderPoint", vm.reorderPointProperty(), 110,
                vm::changeReorderPoint);
        var setPoint = button("Set reorder point", "careSetReorderPoint", vm,
                vm::changeReorderPoint);
        HBox.setHgrow(name, Priority.SOMETIMES);
        name.setMaxWidth(480);
        var nameRow = row(label("New name", name), name, rename);
        var pointRow = row(label("Reorder point", point), point, setPoint);
        var message = new Label();
        message.setId("careMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(nameRow, error("careName-error", vm.nameErrorProperty(), name),
                pointRow, error("careReorderPoint-error", vm.reorderPointErrorProperty(), point),
                message);
        setSpacing(4);
        setPadding(new Insets(4, 0, 0, 0));
        setId("productCare");
        BooleanBinding here = Bindings.createBooleanBinding(
                () -> vm.allowedProperty().get() && shown.getValue() != null,
                vm.allowedProperty(), shown);
        visibleProperty().bind(here);
        managedProperty().bind(here);
    }

    private static HBox row(Label label, TextField field, Button button) {
        label.setMinWidth(100);
        var row = new HBox(8, label, field, button);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String text, TextField field) {
        var label = new Label(text);
        label.setLabelFor(field);
        return label;
    }

    private static TextField input(String id, StringProperty value, double width,
                                   Runnable onEnter) {
        var field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.setMinWidth(80);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> onEnter.run());
        return field;
    }

    private static Button button(String text, String id, ProductCareViewModel vm,
                                 Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.disableProperty().bind(vm.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Said under its field, in the field's place in the form; the field is marked too. */
    private static Label error(String id, StringProperty text, TextField field) {
        var error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setPadding(new Insets(0, 0, 0, 108));
        error.textProperty().bind(text);
        BooleanBinding has = text.isNotEmpty();
        error.visibleProperty().bind(has);
        error.managedProperty().bind(has);
        has.addListener((o, was, is) -> field.pseudoClassStateChanged(REFUSED, is));
        return error;
    }
}
