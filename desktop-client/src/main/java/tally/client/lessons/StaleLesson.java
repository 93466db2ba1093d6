package tally.client.lessons;

import java.util.regex.Pattern;
import tally.client.command.Field;

/**
 * Lesson 3: a command sent from a stale screen is refused ("changed since you looked"). The
 * trainer looks at a product in the command form; the second operator changes it; the trainer's
 * command, which expects the version they looked at, is refused by the console's usual words.
 */
final class StaleLesson extends Lesson {
    /** The form's line above it: "You are looking at SKU-1001 (…): 24 on hand, version 56." */
    private static final Pattern LOOKED_AT = Pattern.compile("version (\\d+)");

    private StaleRefusalCheck check;

    StaleLesson(LessonContext c) {
        super(c, 3, new Words("A stale screen's command is refused",
                "Click a product's row in the Stock tab: the form looks at it. Press Set up: the"
                        + " second operator receives 1 unit of it. Then, without choosing it"
                        + " again, send any command on it from the form (e.g. receive 1).",
                "The form answers \"changed since you looked\", with what changed; nothing is"
                        + " recorded for your command.",
                "Each command on a product carries the version you looked at (its expected"
                        + " version). The writer records a command only if the product is still"
                        + " at that version: someone else's change in between means you decided"
                        + " on figures that no longer hold, so you are asked to look again."));
        c.form.messageProperty().addListener((o, was, is) -> {
            if (active() && check != null) {
                check.formSaid(is);
                refresh();
            }
        });
    }

    @Override
    void begin() {
        if (!c.mayOperate.get()) {
            notStarted("This lesson needs the operator role, to send a command from the form:"
                    + " sign in as a user who has it (the demo's trainer has it).");
            return;
        }
        String sku = c.form.value(Field.SKU).get();
        var looked = LOOKED_AT.matcher(c.form.lookedAtProperty().get());
        if (sku == null || sku.isBlank() || !looked.find()) {
            notStarted("First choose a product: click its row in the Stock tab, so that the"
                    + " line above the form says which version you are looking at. Then Set up.");
            return;
        }
        long version = Long.parseLong(looked.group(1));
        String product = sku.strip();
        call(() -> c.training().secondOperator(product, "receive-stock"), done -> {
            check = new StaleRefusalCheck(product, version, done.position());
            started("The second operator received 1 of " + product + " at " + done.location()
                    + " (position " + Figures.count(done.position()) + ", now version "
                    + done.version() + "). Now send your command on " + product + ".");
        });
    }

    @Override
    Verdict judged() {
        return check.verdict();
    }
}
