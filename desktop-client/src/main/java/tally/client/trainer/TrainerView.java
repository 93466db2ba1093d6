package tally.client.trainer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import tally.client.api.Answers.LogEvent;
import tally.client.ui.Columns;

/**
 * For the trainer: the read models with their controls and a live chart of their lag, beside
 * the tail of the event log, so a class watches log and views diverge and converge.
 */
public final class TrainerView extends SplitPane {
    private final Timeline sampler;

    public TrainerView(TrainerViewModel vm, LogTailViewModel log) {
        var cards = new VBox(8);
        cards.setId("readModels");
        vm.readModels().forEach(m -> cards.getChildren().add(new ReadModelCard(vm, m)));
        vm.readModels().addListener((ListChangeListener<ReadModelViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> cards.getChildren().add(new ReadModelCard(vm, m)));
            }
        });
        var scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        var left = new VBox(8, scroll, chart(vm));
        left.setPadding(new Insets(6));

        var tail = new TableView<>(log.events());
        tail.setId("logTail");
        tail.setPlaceholder(new Label("The log is empty"));
        tail.getColumns().add(Columns.column("Position", LogEvent::position, 70));
        tail.getColumns().add(Columns.column("Stream", LogEvent::stream, 130));
        tail.getColumns().add(Columns.column("Version", LogEvent::version, 60));
        tail.getColumns().add(Columns.column("Event", LogEvent::type, 120));
        tail.getColumns().add(Columns.column("Data", LogEvent::data, 300));
        tail.getColumns().forEach(c -> c.setSortable(false));
        var right = new VBox(4, new Label("Event log, newest first"), tail);
        right.setPadding(new Insets(6));
        VBox.setVgrow(tail, javafx.scene.layout.Priority.ALWAYS);

        getItems().addAll(left, right);
        setDividerPositions(0.55);
        sampler = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.sample()));
        sampler.setCycleCount(Timeline.INDEFINITE);
        sampler.play();
    }

    public void stop() {
        sampler.stop();
    }

    private static LineChart<Number, Number> chart(TrainerViewModel vm) {
        var x = new NumberAxis();
        x.setLabel("seconds");
        x.setForceZeroInRange(false);
        var y = new NumberAxis();
        y.setLabel("lag (events)");
        var chart = new LineChart<>(x, y);
        chart.setId("lagChart");
        chart.setTitle("Lag over time");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(260);
        for (ReadModelViewModel m : vm.readModels()) {
            chart.getData().add(series(vm, m.name()));
        }
        vm.readModels().addListener((ListChangeListener<ReadModelViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> chart.getData().add(series(vm, m.name())));
            }
        });
        return chart;
    }

    private static XYChart.Series<Number, Number> series(TrainerViewModel vm, String name) {
        var series = new XYChart.Series<Number, Number>();
        series.setName(name);
        var samples = vm.samples(name);
        samples.forEach(s -> series.getData().add(new XYChart.Data<>(s.seconds(), s.lag())));
        samples.addListener((ListChangeListener<LagSample>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    series.getData().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                c.getAddedSubList().forEach(s ->
                        series.getData().add(new XYChart.Data<>(s.seconds(), s.lag())));
            }
        });
        return series;
    }
}
