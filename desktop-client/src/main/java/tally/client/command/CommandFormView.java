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

/**
 * The command form, for the keyboard and the scanner: Enter moves to the next field (a scanner
 * types a code and presses Enter), Enter in the last field or Ctrl+Enter submits, Alt plus the
 * underlined letter jumps to a command or a field.
 */
public final class CommandFormView extends VBox {
    private final Map<Field, TextField> inputs = new EnumMap<>(Field.class);

    public CommandFormView(CommandFormViewModel vm) {
        super(6);
        setId("commandForm");
        getStyleClass().add("command-form");
        setPadding(new Insets(10));
        var title = new Label("Command");
        title.getStyleClass().add("title");
        getChildren().addAll(title, kinds(vm));
        for (Field f : Field.values()) {
            getChildren().add(field(vm, f));
        }
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
        vm.kindProperty().addListener((o, was, is) -> focusFirst(vm));
    }

    /** The input of a field, e.g. for the console to put the focus there. */
    public TextField input(Field field) {
        return inputs.get(field);
    }

    public void focusFirst(CommandFormViewModel vm) {
        inputs.get(vm.kindProperty().get().fields().get(0)).requestFocus();
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
            toggle.setOnAction(e -> toggle.setSelected(true));
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
        input.setOnAction(e -> vm.after(f).ifPresentOrElse(
                next -> inputs.get(next).requestFocus(), vm::submit));
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
        var box = new VBox(2, label, input, error);
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> vm.kindProperty().get().fields().contains(f), vm.kindProperty());
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(shown);
        return box;
    }

    private static Label wrapping(Label label, String id) {
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
