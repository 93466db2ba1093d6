package tally.client.command;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tally.client.command.SkuCheck.Found;

/**
 * Enter in the SKU field, where the scanner's code lands: the scan is checked before the form
 * moves on. A product found is shown by its SKU with its name beside it (a barcode is replaced
 * by the SKU it stands for, a GS1 count fills the quantity); none found is said at once by the
 * field, and to a user who may register products a second Enter opens the register form.
 */
final class SkuEntry {
    private final FormFields form;
    private final SkuCheck check;
    private final Supplier<CommandKind> kind;
    private final BooleanSupplier mayRegister;
    private final Consumer<String> register;
    private final Runnable onward;
    /** The SKU offered for registering: a second Enter on it takes the offer. */
    private String offered;
    private boolean checking;

    SkuEntry(FormFields form, SkuCheck check, Supplier<CommandKind> kind,
             BooleanSupplier mayRegister, Consumer<String> register, Runnable onward) {
        this.form = form;
        this.check = check;
        this.kind = kind;
        this.mayRegister = mayRegister;
        this.register = register;
        this.onward = onward;
    }

    void enter() {
        String typed = form.text(Field.SKU);
        if (typed.isEmpty()) {
            onward.run();
            return;
        }
        if (typed.equals(offered)) {
            offered = null;
            register.accept(typed);
            return;
        }
        if (checking) {
            return;
        }
        checking = true;
        check.check(typed, found -> {
            checking = false;
            // Typed over while it was looked up: the new text gets its own Enter.
            if (typed.equals(form.text(Field.SKU))) {
                show(found);
            }
        });
    }

    /** The operator changed the SKU: an offer to register the old one no longer stands. */
    void edited() {
        offered = null;
    }

    private void show(Found found) {
        switch (found) {
            case Found.Product(String sku, String name, var count) -> {
                form.value(Field.SKU).set(sku);
                form.productName.set(name == null ? "" : name);
                count.ifPresent(n -> quantityField().ifPresent(
                        f -> form.value(f).set(Long.toString(n))));
                onward.run();
            }
            case Found.NoProduct(String said, String sku) -> {
                boolean offer = sku != null && mayRegister.getAsBoolean();
                form.error(Field.SKU).set(offer
                        ? said.substring(0, said.length() - 1) + ": press Enter to register it."
                        : said);
                offered = offer ? sku : null;
                form.point(Field.SKU);
            }
            case Found.Unchecked _ -> onward.run();
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
