package tally.client.command;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import tally.client.scan.ScanReader;

/**
 * The command form, for the keyboard and the scanner: Enter moves to the next field (a scanner
 * types a code and presses Enter; the SKU field checks the code first), Enter in the last field
 * or Ctrl+Enter submits, Alt plus the underlined letter jumps to a command or a field. The
 * fields stand in the order the chosen command asks for them, and choosing a command puts the
 * focus where its next scan goes.
 */
public final class CommandFormView extends VBox {
    private final Map<Field, TextField> inputs = new EnumMap<>(Field.class);
    private final Map<Field, VBox> boxes = new EnumMap<>(Field.class);
    private final VBox fields = new VBox(6);

    public CommandFormView(CommandFormViewModel vm) {
        super(6);
        setId("commandForm");
        getStyleClass().add("command-form");
        setPadding(new Insets(10));
        var title = new Label("Command");
        title.getStyleClass().add("title");
        getChildren().addAll(title, kinds(vm), fields);
        for (Field f : Field.values()) {
            boxes.put(f, field(vm, f));
        }
        order(vm.kindProperty().get());
        var lookedAt = wrapping(new Label(), "lookedAt");
        lookedAt.textProperty().bind(vm.lookedAtProperty());
        lookedAt.managedProperty().bind(lookedAt.textProperty().isNotEmpty());
        var submit = new Button("Su_bmit");
        submit.setId("submit");
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit());
        var message = wrapping(new Label(), "formMessage");
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(lookedAt, submit, message);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.submit();
                e.consume();
            }
        });
        vm.attentionProperty().addListener((o, was, is) -> {
            if (is != null) {
                inputs.get(is).requestFocus();
                inputs.get(is).selectAll();
            }
        });
        vm.completedProperty().addListener((o, was, is) -> focusFirst(vm));
        vm.kindProperty().addListener((o, was, is) -> {
            order(is);
            focusFirst(vm);
        });
    }

    /** The chosen command's fields first, in its order; the others follow, hidden. */
    private void order(CommandKind kind) {
        var ordered = new java.util.ArrayList<javafx.scene.Node>();
        kind.fields().forEach(f -> ordered.add(boxes.get(f)));
        boxes.forEach((f, box) -> {
            if (!kind.fields().contains(f)) {
                ordered.add(box);
            }
        });
        fields.getChildren().setAll(ordered);
    }

    /** The input of a field, e.g. for the console to put the focus there. */
    public TextField input(Field field) {
        return inputs.get(field);
    }

    /** Puts the focus where the next scan goes: the chosen command's first empty field. */
    public void focusFirst(CommandFormViewModel vm) {
        inputs.get(vm.nextScanField()).requestFocus();
    }

    private FlowPane kinds(CommandFormViewModel vm) {
        var group = new ToggleGroup();
        var row = new FlowPane(4, 4);
        for (CommandKind k : CommandKind.values()) {
            var toggle = new ToggleButton(k.label());
            toggle.setId("kind-" + k.id());
            toggle.setUserData(k);
            toggle.setToggleGroup(group);
            toggle.setSelected(vm.kindProperty().get() == k);
            // A mnemonic only fires an ActionEvent, which does not select a toggle by itself.
            // The focus then goes where the next scan goes, also when the command stays.
            toggle.setOnAction(e -> {
                toggle.setSelected(true);
                javafx.application.Platform.runLater(() -> focusFirst(vm));
            });
            // Not offered: not shown, and disabled so that its mnemonic does not fire either.
            toggle.visibleProperty().bind(vm.offered(k));
            toggle.managedProperty().bind(vm.offered(k));
            toggle.disableProperty().bind(vm.offered(k).not());
            row.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
            } else {
                vm.kindProperty().set((CommandKind) is.getUserData());
            }
        });
        vm.kindProperty().addListener((o, was, is) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == is).findFirst()
                .ifPresent(t -> t.setSelected(true)));
        return row;
    }

    private VBox field(CommandFormViewModel vm, Field f) {
        var input = new TextField();
        input.setId(f.json());
        input.textProperty().bindBidirectional(vm.value(f));
        input.setOnAction(e -> vm.enter(f));
        inputs.put(f, input);
        var label = new Label(f.label());
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        var error = wrapping(new Label(), f.json() + "-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.error(f));
        BooleanBinding hasError = vm.error(f).isNotEmpty();
        error.visibleProperty().bind(hasError);
        error.managedProperty().bind(hasError);
        input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("refused"), false);
        hasError.addListener((o, was, is) -> input.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("refused"), is));
        var box = new VBox(2, label, f == Field.SKU ? withName(vm, input) : input, error);
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> vm.kindProperty().get().fields().contains(f), vm.kindProperty());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    /**
     * The SKU field with the name of the product it names under it, once checked: on a line
     * of its own, wrapped, so that a long name neither squeezes the field nor is cut. A GS1-128
     * scan's separator (FNC1, sent as the GS character or Ctrl+]) is a control character, which
     * a text field cannot hold; it is shown as the symbol for it, which the scan reader takes
     * for the separator, so that the element after it can be read.
     */
    private static VBox withName(CommandFormViewModel vm, TextField input) {
        input.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("\u001d".equals(e.getCharacter())) {
                input.replaceSelection(ScanReader.GS_SYMBOL);
                e.consume();
            }
        });
        var name = wrapping(new Label(), "productName");
        name.getStyleClass().add("product-name");
        name.textProperty().bind(vm.productNameProperty());
        name.managedProperty().bind(name.textProperty().isNotEmpty());
        return new VBox(2, input, name);
    }

    private static Label wrapping(Label label, String id) {
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
