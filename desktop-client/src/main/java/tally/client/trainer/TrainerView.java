package tally.client.trainer;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import tally.client.api.WireShapes.LogEvent;
import tally.client.lessons.LessonsView;
import tally.client.lessons.LessonsViewModel;
import tally.client.ui.Columns;
import tally.client.ui.LocalTimes;
import tally.client.ui.Who;

/**
 * For the trainer: the read models with their controls and a live chart of their lag, above
 * the tail of the event log, so a class watches log and views diverge and converge.
 */
public final class TrainerView extends SplitPane {
    private static final int CARDS_A_ROW = 3;
    private final Timeline sampler;

    /** {@code times}: when each event of the log tail was recorded, on the PC's clock. */
    public TrainerView(TrainerViewModel vm, LogTailViewModel log, LocalTimes times) {
        this(vm, log, times, null);
    }

    /**
     * With the Lessons panel below the cards and the chart, in a tab beside the event log:
     * the class watches the read models while the trainer reads out the lesson.
     */
    public TrainerView(TrainerViewModel vm, LogTailViewModel log, LocalTimes times,
                       LessonsViewModel lessons) {
        // Read models side by side above their lag chart, the log across the whole width below:
        // an event's data is the widest thing here and must be readable.
        // Three to a row, equal shares of the width: with the orders read model and the
        // allocation there are five, too many for one row beside the command form.
        var cards = new GridPane();
        cards.setHgap(8);
        cards.setVgap(8);
        cards.setId("readModels");
        // The chart gives way, never the cards' progress bars and buttons.
        cards.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (int i = 0; i < CARDS_A_ROW; i++) {
            var column = new ColumnConstraints();
            column.setPercentWidth(100.0 / CARDS_A_ROW);
            cards.getColumnConstraints().add(column);
        }
        vm.readModels().forEach(m -> place(cards, card(vm, m)));
        vm.readModels().addListener((ListChangeListener<ReadModelViewModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(m -> place(cards, card(vm, m)));
            }
        });
        // Seven read models are three rows of cards: at 1280x800 they scroll rather than push
        // the chart and the event log off the screen; with room to spare all of them show.
        var cardsScroll = new ScrollPane(cards);
        cardsScroll.setId("readModelsScroll");
        cardsScroll.setFitToWidth(true);
        cardsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        cardsScroll.setMinHeight(180);
        cardsScroll.prefViewportHeightProperty().bind(cards.heightProperty());
        var chart = chart(vm);
        var top = new VBox(6, cardsScroll, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(cardsScroll, Priority.SOMETIMES);
        top.setPadding(new Insets(6));

        var tail = new TableView<>(log.events());
        tail.setId("logTail");
        tail.setPlaceholder(new Label("The log is empty"));
        tail.getColumns().add(Columns.numeric("Position", LogEvent::position, 70));
        tail.getColumns().add(Columns.column("When", e -> times.shown(e.occurredAt()), 80));
        tail.getColumns().add(Columns.column("Stream", LogEvent::stream, 140));
        tail.getColumns().add(Columns.numeric("Version", LogEvent::version, 60));
        // Wide enough for "ReservedStockPicked" and "system:allocation", the longest there are.
        tail.getColumns().add(Columns.column("Event", LogEvent::type, 150));
        tail.getColumns().add(Columns.column("Who", e -> Who.shown(e.user()), 125));
        tail.getColumns().add(Columns.column("Data", LogEvent::data, 520));
        tail.getColumns().forEach(c -> c.setSortable(false));
        var bottom = new VBox(4, new Label("Event log, newest first"), tail);
        bottom.setPadding(new Insets(6));
        VBox.setVgrow(tail, Priority.ALWAYS);

        // The chart's palette and the BREAK ARMED state; console.css holds the rest.
        getStylesheets().add(TrainerView.class.getResource("trainer.css").toExternalForm());
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, lessons == null ? bottom : withLessons(lessons, bottom));
        setDividerPositions(lessons == null ? 0.62 : 0.5);
        sampler = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            vm.sample();
            if (lessons != null) {
                lessons.tick();
            }
        }));
        sampler.setCycleCount(Timeline.INDEFINITE);
        sampler.play();
    }

    private static TabPane withLessons(LessonsViewModel lessons, VBox log) {
        var lessonsTab = new Tab("Lessons", new LessonsView(lessons));
        lessonsTab.setId("lessonsTab");
        var logTab = new Tab("Event log", log);
        logTab.setId("logTab");
        var below = new TabPane(lessonsTab, logTab);
        below.setId("trainerBelow");
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return below;
    }

    private static ReadModelCard card(TrainerViewModel vm, ReadModelViewModel m) {
        var card = new ReadModelCard(vm, m);
        // Equal shares of the width, whatever each card's text would ask for.
        card.setPrefWidth(0);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private static void place(GridPane cards, ReadModelCard card) {
        int at = cards.getChildren().size();
        cards.add(card, at % CARDS_A_ROW, at / CARDS_A_ROW);
    }

    public void stop() {
        sampler.stop();
    }

    private static LineChart<Number, Number> chart(TrainerViewModel vm) {
        var x = new NumberAxis();
        x.setLabel("seconds");
        x.setForceZeroInRange(false);
        var y = LagAxis.create();
        y.setId("lagAxis");
        LagAxis.fit(y, vm.largestLagProperty().get());
        vm.largestLagProperty().addListener((o, was, is) -> LagAxis.fit(y, is.longValue()));
        // The unit in the title: at 1280x800 the chart is short and its side label was cut.
        var chart = new LineChart<>(x, y);
        chart.setId("lagChart");
        chart.setTitle("Lag over time, in events");
        // Beside the plot, where there is width to spare: below it, a short chart drops it.
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefHeight(200);
        chart.setMinHeight(150);
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
