package tally.client.location;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The supervisor's "define a bin" form, under the locations: code, name, zone, capacity. */
public final class DefineBinView extends VBox {

    public DefineBinView(DefineBinViewModel vm) {
        var code = field("binCode", "Code, e.g. A-01-02", 150, vm.codeProperty());
        var name = field("binName", "Name (optional)", 170, vm.nameProperty());
        var zone = field("binZone", "Zone (optional)", 130, vm.zoneProperty());
        var capacity = field("binCapacity", "Capacity (optional)", 150, vm.capacityProperty());
        var define = new Button("Define bin");
        define.setId("binDefine");
        define.disableProperty().bind(vm.busyProperty());
        define.setOnAction(e -> vm.define());
        for (TextField f : new TextField[] {code, name, zone, capacity}) {
            f.setOnAction(e -> vm.define());
        }
        var message = new Label();
        message.setId("binMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        var row = new FlowPane(8, 6, code, name, zone, capacity, define);
        row.setAlignment(Pos.CENTER_LEFT);
        var title = new Label("Define a bin");
        title.getStyleClass().add("title");
        getChildren().addAll(title, row, message);
        setSpacing(6);
        setPadding(new Insets(8));
        setId("defineBin");
        visibleProperty().bind(vm.allowedProperty());
        managedProperty().bind(vm.allowedProperty());
    }

    private static TextField field(String id, String prompt, double width,
                                   javafx.beans.property.StringProperty value) {
        var f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefWidth(width);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
