package tally.client.lessons;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Lessons panel: the six lessons down the left; for the chosen one Set up and Reset, what
 * the set-up did, the check's sentence, then its words; the traffic control above. Large type: a class
 * reads it off a projector. Control ids: desktop-client/CONTROLS.md.
 */
public final class LessonsView extends BorderPane {
    private final LessonsViewModel vm;
    private final VBox card = new VBox(6);

    public LessonsView(LessonsViewModel vm) {
        this.vm = vm;
        setId("lessons");
        getStylesheets().add(LessonsView.class.getResource("lessons.css").toExternalForm());
        var picker = new VBox(4);
        picker.setId("lessonPicker");
        var group = new ToggleGroup();
        for (Lesson l : vm.lessons()) {
            var b = new ToggleButton(l.number() + ". " + l.words().title());
            b.setId("lesson" + l.number());
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setSelected(vm.chosenProperty().get() == l);
            b.setOnAction(e -> {
                vm.chosenProperty().set(l);
                b.setSelected(true);
            });
            picker.getChildren().add(b);
        }
        picker.setPrefWidth(230);
        // Under the freshness banner the panel is shorter: the list scrolls, its titles stay whole.
        var pickerScroll = new ScrollPane(picker);
        pickerScroll.setFitToWidth(true);
        pickerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pickerScroll.setPrefWidth(240);
        var scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        card.setPadding(new Insets(4, 8, 4, 8));
        setLeft(pickerScroll);
        setCenter(scroll);
        setTop(new TrafficBar(vm.traffic(), vm.controlsProperty()));
        BorderPane.setMargin(getTop(), new Insets(0, 0, 6, 0));
        BorderPane.setMargin(pickerScroll, new Insets(0, 6, 0, 0));
        show(vm.chosenProperty().get());
        vm.chosenProperty().addListener((o, was, is) -> show(is));
    }

    private void show(Lesson l) {
        var title = new Label(l.number() + ". " + l.words().title());
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        // The buttons and the check first: on a short panel the words scroll, never these.
        card.getChildren().setAll(title);
        if (l == vm.rebuildLesson()) {
            card.getChildren().add(rebuildChoices(vm.rebuildLesson()));
        }
        var setUp = new Button("Set up");
        setUp.setId("lessonSetUp");
        setUp.setDefaultButton(false);
        setUp.setOnAction(e -> l.setUp());
        var reset = new Button("Reset");
        reset.setId("lessonReset");
        reset.setOnAction(e -> l.reset());
        var notControls = Bindings.not(vm.controlsProperty());
        setUp.disableProperty().bind(l.busyProperty().or(notControls));
        reset.disableProperty().bind(l.busyProperty().or(notControls));
        var note = new Label();
        note.setId("lessonNote");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.when(vm.controlsProperty()).then(l.noteProperty())
                .otherwise("Only a trainer or an admin can set a lesson up."));
        // The buttons keep their words; the note beside them wraps.
        setUp.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        var buttons = new HBox(8, setUp, reset, note);
        HBox.setHgrow(note, Priority.ALWAYS);
        var check = new Label();
        check.setId("lessonCheck");
        check.setWrapText(true);
        check.getStyleClass().add("lesson-check");
        check.textProperty().bind(Bindings.createStringBinding(() -> said(l.verdictProperty()
                .get()), l.verdictProperty()));
        l.verdictProperty().addListener((o, was, is) -> mark(check, is));
        mark(check, l.verdictProperty().get());
        card.getChildren().addAll(buttons, check);
        if (l == vm.disagreeLesson()) {
            card.getChildren().add(sideBySide(vm.disagreeLesson()));
        }
        card.getChildren().addAll(paragraph("Do", l.words().todo()),
                paragraph("Watch", l.words().watch()), paragraph("Why", l.words().why()));
    }

    private static String said(Verdict v) {
        return switch (v.state()) {
            case IDLE -> "Check: " + v.sentence();
            case WAITING -> "Watching: " + v.sentence() + " …";
            case SEEN -> "Seen: " + v.sentence() + ".";
            case FAILED -> "Not seen: " + v.sentence();
        };
    }

    private static void mark(Label check, Verdict v) {
        check.getStyleClass().removeAll("check-seen", "check-failed", "check-waiting");
        switch (v.state()) {
            case SEEN -> check.getStyleClass().add("check-seen");
            case FAILED -> check.getStyleClass().add("check-failed");
            case WAITING -> check.getStyleClass().add("check-waiting");
            case IDLE -> { }
        }
    }

    private static Label paragraph(String head, String text) {
        var l = new Label(head + ": " + text);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-text");
        return l;
    }

    /** Lesson 2: the two read models' answers, each with its position. */
    private static HBox sideBySide(DisagreeLesson l) {
        var stock = side("stock says", "sideStock", l.stockSideProperty());
        var locations = side("locations says", "sideLocations", l.locationsSideProperty());
        var both = new HBox(12, stock, locations);
        both.setId("sideBySide");
        HBox.setHgrow(stock, Priority.ALWAYS);
        HBox.setHgrow(locations, Priority.ALWAYS);
        return both;
    }

    private static VBox side(String head, String id, javafx.beans.value.ObservableValue<String>
            text) {
        var title = new Label(head);
        title.getStyleClass().add("lesson-title");
        var answer = new Label();
        answer.setId(id);
        answer.setWrapText(true);
        answer.getStyleClass().add("side-answer");
        answer.textProperty().bind(text);
        var box = new VBox(4, title, answer);
        box.getStyleClass().add("side");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static HBox rebuildChoices(RebuildLesson l) {
        var size = choice(RebuildLesson.LOG_SIZES, l.logSizeProperty().get(), " events");
        size.setId("rebuildLogSize");
        size.valueProperty().addListener((o, was, is) -> l.logSizeProperty().set(is));
        var rate = choice(RebuildLesson.RATES, l.rateProperty().get(), " a second");
        rate.setId("rebuildRate");
        rate.valueProperty().addListener((o, was, is) -> l.rateProperty().set(is));
        return new HBox(8, new Label("Log of at least"), size, new Label("rebuilt at"), rate);
    }

    private static ChoiceBox<Long> choice(java.util.List<Long> values, long chosen,
                                          String unit) {
        var box = new ChoiceBox<Long>();
        box.getItems().setAll(values);
        box.setValue(chosen);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long n) {
                return n == null ? "" : Figures.count(n) + unit;
            }

            @Override
            public Long fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
