package tally.client.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.testing.CommandBody;
import tally.client.testing.ViewModelRig;
import tally.client.ui.LocalTimes;

/** The trainer view's chart and figures as a projector shows them. */
@ExtendWith(ApplicationExtension.class)
class TrainerViewFxTest {
    private final ViewModelRig rig = new ViewModelRig().seeded().started();
    private TrainerView view;

    @Start
    void start(Stage stage) {
        view = new TrainerView(rig.trainer, rig.log, LocalTimes.system());
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void the_lag_axis_ticks_in_whole_events(FxRobot robot) {
        robot.interact(() -> {
            rig.trainer.pause("stock");
            rig.api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1",
                    "location", "A-01", "quantity", 1L));
            rig.trainer.sample();
        });
        NumberAxis axis = robot.lookup("#lagAxis").queryAs(NumberAxis.class);
        assertThat(axis.getTickUnit()).isEqualTo(1.0);
        assertThat(axis.getUpperBound()).isEqualTo(1.0);
        assertThat(axis.isMinorTickVisible()).isFalse();
        assertThat(axis.getTickLabelFormatter().toString(1.0)).isEqualTo("1");
    }

    @Test
    void each_line_has_its_own_colour_blind_safe_colour_and_dash(FxRobot robot) {
        robot.interact(rig.trainer::sample);
        robot.interact(rig.trainer::sample);
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> chart = robot.lookup("#lagChart").queryAs(LineChart.class);
        List<Path> lines = chart.getData().stream().map(s -> (Path) s.getNode()).toList();
        assertThat(lines).extracting(Path::getStroke).startsWith(Color.web("#0072B2"),
                Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
                Color.web("#000000"));
        assertThat(lines.get(0).getStrokeDashArray()).isEmpty();
        assertThat(lines.get(1).getStrokeDashArray()).isNotEmpty();
        assertThat(lines).extracting(l -> List.copyOf(l.getStrokeDashArray()))
                .doesNotHaveDuplicates();
    }

    @Test
    void the_lag_reads_in_human_units(FxRobot robot) {
        robot.interact(() -> rig.trainer.model("stock").update(new tally.client.api.WireShapes
                .ProjectionStatus("stock", 2, 4, 2, 250_339, "PAUSED", 0, null), 0));
        assertThat(robot.lookup("#lag-stock").queryAs(Label.class).getText())
                .isEqualTo("position 2 of 4 · lag 2 events, 4 min 10 s");
    }
}
