package tally.client.location;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The supervisor's "change or retire a bin" form, beside "define a bin": the chosen location's
 * code, name, zone and capacity as the register holds them, and the two commands.
 */
public final class BinCareView extends VBox {

    public BinCareView(BinCareViewModel vm) {
        var code = field("careBinCode", "A-01-02", 100, vm.codeProperty());
        var name = field("careBinName", "optional", 160, vm.nameProperty());
        var zone = field("careBinZone", "optional", 110, vm.zoneProperty());
        var capacity = field("careBinCapacity", "optional", 90, vm.capacityProperty());
        for (TextField f : new TextField[] {code, name, zone, capacity}) {
            f.setOnAction(e -> vm.change());
        }
        var change = button("Change bin", "binChange", vm, vm::change);
        var retire = button("Retire bin", "binRetire", vm, vm::retire);
        var message = new Label();
        message.setId("binCareMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        // Filled in from the register, the fields show no prompt: each says what it is above.
        var row = new FlowPane(8, 6, labelled("Code", code), labelled("Name", name),
                labelled("Zone", zone), labelled("Capacity", capacity), change, retire);
        row.setRowValignment(javafx.geometry.VPos.BOTTOM);
        row.setAlignment(Pos.CENTER_LEFT);
        var title = new Label("Change or retire a bin");
        title.getStyleClass().add("title");
        getChildren().addAll(title, row, message);
        setSpacing(6);
        setPadding(new Insets(8));
        setId("binCare");
        visibleProperty().bind(vm.allowedProperty());
        managedProperty().bind(vm.allowedProperty());
    }

    private static VBox labelled(String text, TextField field) {
        var label = new Label(text);
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }

    private static Button button(String text, String id, BinCareViewModel vm, Runnable action) {
        var button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(vm.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TextField field(String id, String prompt, double width, StringProperty value) {
        var f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
