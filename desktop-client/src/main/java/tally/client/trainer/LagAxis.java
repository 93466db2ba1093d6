package tally.client.trainer;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * The chart's lag axis in whole events: a read model is never half an event behind, so the
 * axis is not left to auto-ranging, which ticks at 0.25 when the lag is 1.
 */
final class LagAxis {
    private static final int MOST_TICKS = 5;

    private LagAxis() {
    }

    static NumberAxis create() {
        var axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setMinorTickVisible(false);
        axis.setMinorTickCount(0);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        fit(axis, 0);
        return axis;
    }

    /** Makes room for the largest lag on the chart, on whole-number ticks. */
    static void fit(NumberAxis axis, long largestLag) {
        axis.setTickUnit(tickUnit(largestLag));
        axis.setUpperBound(upperBound(largestLag));
    }

    /** 1, 2, 5, 10, 20, 50…: the smallest that needs no more than five ticks. */
    static long tickUnit(long largestLag) {
        long unit = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (largestLag <= unit * step * MOST_TICKS) {
                    return unit * step;
                }
            }
            unit *= 10;
        }
    }

    /** The first whole tick at or above the largest lag; at least 1, so a flat line shows. */
    static long upperBound(long largestLag) {
        long unit = tickUnit(largestLag);
        return Math.max(unit, (largestLag + unit - 1) / unit * unit);
    }
}
