package tally.client.lessons;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.ProblemException;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.TrainingShapes.SecondOperator;
import tally.client.api.WireShapes.LocationContents;
import tally.client.api.WireShapes.StockDetail;
import tally.client.command.Field;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;

/**
 * Lesson 2: stock and locations disagree for a moment, shown side by side with the position
 * each answer was read at: locations is delayed, then the second operator receives one unit.
 */
final class DisagreeLesson extends Lesson {
    static final long DELAY_MILLIS = 3_000;

    private record Start(SecondOperator done, StockDetail stock, LocationContents bin) {
    }

    private final StringProperty stockSide = new SimpleStringProperty(this, "stockSide", "");
    private final StringProperty locationsSide = new SimpleStringProperty(this, "locSide", "");
    private DisagreementCheck check;
    private String sku;
    private String bin;

    DisagreeLesson(LessonContext c) {
        super(c, 2, new Words("Two read models disagree for a moment",
                "Choose a product (or leave the form empty for the first one), press Set up:"
                        + " locations now holds each event back 3 s, and the second operator"
                        + " receives 1 unit of the product at its fullest bin.",
                "Below, stock's answer and locations' answer for that bin, each at its"
                        + " position: for about 3 s they differ by 1, then agree again.",
                "Each read model is built from the same log, separately. Until both have"
                        + " applied the receive, each answers truthfully from where it stands:"
                        + " the two answers are at different positions. They agree once both"
                        + " are at or past the receive's position: they are eventually"
                        + " consistent."));
    }

    public ReadOnlyStringProperty stockSideProperty() {
        return stockSide;
    }

    public ReadOnlyStringProperty locationsSideProperty() {
        return locationsSide;
    }

    @Override
    void begin() {
        String chosen = c.form.value(Field.SKU).get();
        call(() -> {
            String product = chosen == null || chosen.isBlank()
                    ? c.api.stock().items().getFirst().sku() : chosen.strip();
            c.api.delayProjection("locations", DELAY_MILLIS);
            var done = c.training().secondOperator(product, "receive-stock");
            return new Start(done, c.api.stock(product, 0, 0), binOrNull(done.location()));
        }, s -> {
            sku = s.done().sku();
            bin = s.done().location();
            check = new DisagreementCheck(sku, bin, s.done().position());
            long now = c.now();
            check.stock(quantity(s.stock()), s.stock().position(), now);
            if (s.bin() != null) {
                check.locations(quantity(s.bin()), s.bin().position(), now);
            }
            started("locations holds each event back 3 s; the second operator received 1 of "
                    + sku + " at " + bin + " (position " + Figures.count(s.done().position())
                    + ").");
        });
    }

    /** A bin locations has not seen yet (it is delayed) answers 404: nothing known yet. */
    private LocationContents binOrNull(String location) {
        try {
            return c.api.location(location);
        } catch (ProblemException e) {
            return null;
        }
    }

    @Override
    void heard(LiveUpdate update, long now) {
        if (update instanceof Changed(StockChanged(_, StockDetail d)) && d.sku().equals(sku)) {
            check.stock(quantity(d), d.position(), now);
        } else if (update instanceof Changed(LocationChanged(_, LocationContents l))
                && l.location().equals(bin)) {
            check.locations(quantity(l), l.position(), now);
        }
    }

    private long quantity(StockDetail d) {
        return d.locations().stream().filter(l -> l.location().equals(bin))
                .mapToLong(l -> l.quantity()).sum();
    }

    private long quantity(LocationContents l) {
        return l.items().stream().filter(i -> i.sku().equals(sku)).mapToLong(i -> i.quantity())
                .sum();
    }

    @Override
    void tick(long now) {
        check.tick(now);
    }

    @Override
    Verdict judged() {
        var s = check.stock();
        var l = check.locations();
        stockSide.set(s.known() ? s.quantity() + " of " + sku + " at " + bin + "\nat position "
                + Figures.count(s.position()) : "no answer yet");
        locationsSide.set(l.known() ? bin + " holds " + l.quantity() + " of " + sku
                + "\nat position " + Figures.count(l.position()) : "no answer yet");
        return check.verdict();
    }
}
