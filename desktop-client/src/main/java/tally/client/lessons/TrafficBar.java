package tally.client.lessons;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;

/** The traffic control: a rate, Start (or change the rate), Stop, and the server's counts. */
final class TrafficBar extends HBox {

    TrafficBar(TrafficViewModel vm, ObservableBooleanValue controls) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setId("trafficBar");
        var rate = new Spinner<Integer>(1, 1000, vm.rateProperty().get(), 5);
        rate.setId("trafficRate");
        rate.setEditable(true);
        rate.setPrefWidth(90);
        rate.valueProperty().addListener((o, was, is) -> vm.rateProperty().set(is));
        var start = new Button("Start");
        start.setId("trafficStart");
        start.setOnAction(e -> vm.start());
        var stop = new Button("Stop");
        stop.setId("trafficStop");
        stop.setOnAction(e -> vm.stop());
        start.textProperty().bind(Bindings.when(vm.runningProperty())
                .then("Change rate").otherwise("Start"));
        start.disableProperty().bind(vm.busyProperty().or(
                Bindings.not(controls)));
        stop.disableProperty().bind(vm.busyProperty().or(vm.runningProperty().not())
                .or(Bindings.not(controls)));
        var said = new Label();
        said.setId("trafficSaid");
        said.textProperty().bind(vm.saidProperty());
        getChildren().addAll(new Label("Simulated traffic, commands a second:"), rate, start,
                stop, said);
    }
}
