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
        var code = field("careBinCode", "Code", 150, vm.codeProperty());
        var name = field("careBinName", "Name (optional)", 170, vm.nameProperty());
        var zone = field("careBinZone", "Zone (optional)", 130, vm.zoneProperty());
        var capacity = field("careBinCapacity", "Capacity (optional)", 150,
                vm.capacityProperty());
        for (TextField f : new TextField[] {code, name, zone, capacity}) {
            f.setOnAction(e -> vm.change());
        }
        var change = button("Change bin", "binChange", vm, vm::change);
        var retire = button("Retire bin", "binRetire", vm, vm::retire);
        var message = new Label();
        message.setId("binCareMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        var row = new FlowPane(8, 6, code, name, zone, capacity, change, retire);
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
