package tally.client.trainer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One read model's figures and controls; ids end in the read model's name, e.g. pause-stock. */
final class ReadModelCard extends VBox {
    static final double MAX_DELAY_MILLIS = 10_000;

    ReadModelCard(TrainerViewModel vm, ReadModelViewModel m) {
        super(4);
        String n = m.name();
        getStyleClass().add("read-model");
        setPadding(new Insets(8));
        var name = new Label(n);
        name.getStyleClass().add("title");
        var state = new Label();
        state.setId("state-" + n);
        state.textProperty().bind(m.shownState());
        m.shownState().addListener((o, was, is) -> styleState(state, was, is));
        styleState(state, null, m.shownState().get());
        var figures = new Label();
        figures.setId("lag-" + n);
        figures.textProperty().bind(Bindings.createStringBinding(() -> "position "
                        + m.positionProperty().get() + " of " + m.headProperty().get() + " · lag "
                        + m.lagProperty().get()
                        + (m.lagProperty().get() == 1 ? " event, " : " events, ")
                        + LagTime.shown(m.lagMillisProperty().get()),
                m.positionProperty(), m.headProperty(), m.lagProperty(), m.lagMillisProperty()));
        figures.setWrapText(true);
        var progress = new ProgressBar();
        progress.setId("progress-" + n);
        progress.progressProperty().bind(m.progress());
        progress.setMaxWidth(Double.MAX_VALUE);

        var pause = button("Pause", "pause-" + n, m.busyProperty(), () -> vm.pause(n));
        pause.disableProperty().bind(m.busyProperty().or(m.stateProperty().isEqualTo("PAUSED")));
        var resume = button("Resume", "resume-" + n, m.busyProperty(), () -> vm.resume(n));
        resume.disableProperty().bind(m.busyProperty().or(m.stateProperty().isEqualTo("RUNNING")));
        var rebuild = button("Rebuild", "rebuild-" + n, m.busyProperty(), () -> vm.rebuild(n));
        var breakIt = button("Break", "break-" + n, m.busyProperty(), () -> vm.breakModel(n));
        breakIt.visibleProperty().bind(vm.breakAvailableProperty());
        breakIt.managedProperty().bind(vm.breakAvailableProperty());

        var delay = new Slider(0, MAX_DELAY_MILLIS, m.delayMillisProperty().get());
        delay.setId("delay-" + n);
        delay.setMajorTickUnit(2_000);
        delay.setBlockIncrement(250);
        delay.setShowTickMarks(true);
        HBox.setHgrow(delay, Priority.ALWAYS);
        var delayLabel = new Label();
        delayLabel.setId("delayLabel-" + n);
        delayLabel.textProperty().bind(Bindings.createStringBinding(
                () -> "delay " + LagTime.shown(m.delayMillisProperty().get()),
                m.delayMillisProperty()));
        // Only the operator's hand on the slider sends a delay, never the server's own figure.
        boolean[] fromServer = {false};
        m.delayMillisProperty().addListener((o, was, is) -> {
            if (!delay.isValueChanging()) {
                fromServer[0] = true;
                delay.setValue(is.doubleValue());
                fromServer[0] = false;
            }
        });
        Runnable apply = () -> {
            long wanted = Math.round(delay.getValue());
            if (!fromServer[0] && wanted != m.delayMillisProperty().get()) {
                vm.delay(n, wanted);
            }
        };
        delay.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                apply.run();
            }
        });
        delay.valueProperty().addListener((o, was, is) -> {
            if (!delay.isValueChanging()) {
                apply.run();
            }
        });

        var message = new Label();
        message.setId("message-" + n);
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() ->
                        m.lastErrorProperty().get().isEmpty() ? m.messageProperty().get()
                                : "Failed: " + m.lastErrorProperty().get(),
                m.messageProperty(), m.lastErrorProperty()));
        var buttons = new HBox(6, pause, resume, rebuild, breakIt);
        var slider = new HBox(6, unshrunk(new Label("Delay")), delay);
        HBox.setHgrow(slider, Priority.ALWAYS);
        // Only a trainer or an admin gets the controls; everyone sees the figures and the delay.
        for (var controls : java.util.List.of(buttons, slider)) {
            controls.visibleProperty().bind(vm.controlsProperty());
            controls.managedProperty().bind(vm.controlsProperty());
        }
        getChildren().addAll(new HBox(10, name, state), figures, progress, buttons,
                new HBox(6, slider, unshrunk(delayLabel)), message);
    }

    private static Button button(String text, String id, BooleanProperty busy, Runnable action) {
        var b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setId(id);
        b.disableProperty().bind(busy);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label unshrunk(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static void styleState(Label label, String was, String is) {
        if (was != null) {
            label.getStyleClass().remove(styleOf(was));
        }
        if (is != null) {
            label.getStyleClass().add(styleOf(is));
        }
    }

    /** RUNNING is state-running, BREAK ARMED state-break-armed. */
    static String styleOf(String state) {
        return "state-" + state.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
