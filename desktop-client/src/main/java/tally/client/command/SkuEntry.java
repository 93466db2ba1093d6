package tally.client.command;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import tally.client.command.SkuCheck.Found;

/**
 * Enter in the SKU field, where the scanner's code lands: the scan is checked before the form
 * moves on. A product found is shown by its SKU with its name beside it (a barcode is replaced
 * by the SKU it stands for, a GS1 count fills the quantity); none found is said at once by the
 * field, and to a user who may fix that a second Enter takes the offer ({@link Detour}): to
 * register an unknown SKU, or to give an unknown barcode to a SKU.
 */
final class SkuEntry {
    private final FormFields form;
    private final SkuCheck check;
    private final ObjectProperty<CommandKind> kind;
    private final Predicate<CommandKind> offered;
    private final Detour detour;
    private final Runnable onward;
    /** The text an offer was made for, and the offer: a second Enter on it takes it. */
    private String offeredFor;
    private Runnable offer;
    private boolean checking;
    /** What to do once the scan being checked is found: go on, or send (Submit meanwhile). */
    private Runnable then;
    /** The SKU a check found and put in the field: Submit sends it without a second check. */
    private String found;

    SkuEntry(FormFields form, SkuCheck check, ObjectProperty<CommandKind> kind,
             Predicate<CommandKind> offered, Detour detour, Runnable onward) {
        this.form = form;
        this.check = check;
        this.kind = kind;
        this.offered = offered;
        this.detour = detour;
        this.onward = onward;
    }

    void enter() {
        String typed = form.text(Field.SKU);
        if (typed.isEmpty()) {
            onward.run();
            return;
        }
        if (typed.equals(offeredFor)) {
            Runnable taken = offer;
            edited();
            taken.run();
            return;
        }
        if (!checking) {
            check(typed, onward);
        }
    }

    /**
     * Submit (the button, Ctrl+Enter) with a scan still in the SKU field: it is checked as
     * Enter checks it, so that a barcode or a GS1 scan is sent as the SKU it stands for; then
     * {@code send} runs. A product not found is said by the field, as on Enter, and nothing is
     * sent. A SKU already checked, or an empty field, is sent at once.
     */
    void beforeSending(Runnable send) {
        String typed = form.text(Field.SKU);
        if (checking) {
            // Enter is still being answered: the send follows the answer instead.
            then = send;
        } else if (typed.isEmpty() || typed.equals(found)) {
            send.run();
        } else {
            check(typed, send);
        }
    }

    private void check(String typed, Runnable next) {
        checking = true;
        then = next;
        check.check(typed, answer -> {
            checking = false;
            form.productName.set("");
            // Typed over while it was looked up: the new text gets its own Enter.
            if (typed.equals(form.text(Field.SKU))) {
                show(typed, answer);
            }
        });
        if (checking) {
            // Asked of the server: said beside the field, so that the operator waits for it
            // rather than typing on into it.
            form.productName.set("looking up …");
        }
    }

    /** The operator changed the SKU: an offer made for the old text no longer stands. */
    void edited() {
        offeredFor = null;
        offer = null;
        found = null;
    }

    private void show(String typed, Found answer) {
        switch (answer) {
            case Found.Product(String sku, String name, var count) -> {
                form.value(Field.SKU).set(sku);
                found = sku;
                form.productName.set(name == null ? "" : name);
                count.ifPresent(n -> quantityField().ifPresent(
                        f -> form.value(f).set(Long.toString(n))));
                then.run();
            }
            case Found.NoProduct(String said, String sku, String barcode) -> {
                String also = null;
                if (sku != null && offered.test(CommandKind.REGISTER)) {
                    offer = () -> detour.register(kind, form, sku);
                    also = "press Enter to register it.";
                } else if (barcode != null && kind.get() != CommandKind.ASSIGN
                        && offered.test(CommandKind.ASSIGN)) {
                    offer = () -> detour.assign(kind, form, barcode);
                    also = "press Enter to give it to a SKU.";
                }
                offeredFor = also == null ? null : typed;
                form.error(Field.SKU).set(also == null ? said
                        : said.substring(0, said.length() - 1) + ": " + also);
                form.point(Field.SKU);
            }
            case Found.Unchecked _ -> then.run();
        }
    }

    /** Where a GS1 scan's count goes for the chosen command, if it asks for one. */
    private Optional<Field> quantityField() {
        var fields = kind.get().fields();
        return fields.contains(Field.QUANTITY) ? Optional.of(Field.QUANTITY)
                : fields.contains(Field.COUNTED_QUANTITY) ? Optional.of(Field.COUNTED_QUANTITY)
                : Optional.empty();
    }
}
