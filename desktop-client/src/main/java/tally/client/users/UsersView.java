package tally.client.users;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import tally.client.api.WireShapes.UserAccount;
import tally.client.ui.Columns;

/**
 * For the admin: the users on the left with what can be changed about the chosen one below,
 * a form to add a user on the right. Control ids: desktop-client/CONTROLS.md.
 */
public final class UsersView extends BorderPane {

    public UsersView(UsersViewModel vm) {
        var table = new TableView<>(vm.users());
        table.setId("usersTable");
        table.setPlaceholder(new Label("No users"));
        table.getColumns().add(Columns.column("User name", UserAccount::username, 110));
        table.getColumns().add(Columns.column("Display name", UserAccount::displayName, 150));
        table.getColumns().add(Columns.column("Enabled", u -> u.enabled() ? "yes" : "no", 65));
        var roles = Columns.<UserAccount, String>column("Roles",
                u -> String.join(", ", u.roles()), 220);
        // Every role spelled out, as an admin with all four has them, at 1280x800.
        roles.setMinWidth(Columns.headerWidth("operator, supervisor, trainer, admin"));
        table.getColumns().add(roles);
        // The roles, last, take what width is left; no sideways scrolling for four columns.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null) {
                vm.choose(is);
            }
        });
        vm.chosenProperty().addListener((o, was, is) -> {
            if (is != null && table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
            }
        });

        var message = new Label();
        message.setId("usersMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        var left = new VBox(8, table, changing(vm), message);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(8));
        setCenter(left);
        setRight(adding(vm));
    }

    private static VBox changing(UsersViewModel vm) {
        UserFields f = vm.changing();
        var title = new Label();
        title.setId("chosenUser");
        title.getStyleClass().add("title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.chosenProperty().get()
                == null ? "Choose a user in the list" : vm.chosenProperty().get().username()
                + (vm.chosenProperty().get().enabled() ? "" : " (disabled)"),
                vm.chosenProperty()));
        var save = button("Save", "saveUser", vm, vm::save);
        var toggle = button("", "toggleEnabled", vm, vm::toggleEnabled);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> vm.chosenProperty().get()
                != null && !vm.chosenProperty().get().enabled() ? "Enable" : "Disable",
                vm.chosenProperty()));
        var reset = button("Reset password", "resetPassword", vm, vm::resetPassword);
        var box = new VBox(4, title,
                field("Display name", text(new TextField(), "editDisplayName", f.displayName),
                        f, "displayName", "edit"),
                roles(f, "edit"), new HBox(6, save, toggle),
                field("New password", text(new PasswordField(), "editPassword", f.password),
                        f, "password", "edit"), reset);
        box.disableProperty().bind(vm.chosenProperty().isNull());
        return box;
    }

    private static VBox adding(UsersViewModel vm) {
        UserFields f = vm.adding();
        var title = new Label("Add a user");
        title.getStyleClass().add("title");
        var box = new VBox(4, title,
                field("User name", text(new TextField(), "newUsername", f.username), f,
                        "username", "new"),
                field("Display name", text(new TextField(), "newDisplayName", f.displayName), f,
                        "displayName", "new"),
                field("Password", text(new PasswordField(), "newPassword", f.password), f,
                        "password", "new"),
                roles(f, "new"), button("Add user", "addUser", vm, vm::add));
        box.setPadding(new Insets(8));
        box.setPrefWidth(300);
        box.getStyleClass().add("command-form");
        return box;
    }

    private static VBox roles(UserFields f, String prefix) {
        var boxes = new FlowPane(8, 4);
        f.roles.forEach((role, on) -> {
            var check = new CheckBox(role);
            check.setId(prefix + "Role-" + role);
            check.selectedProperty().bindBidirectional(on);
            boxes.getChildren().add(check);
        });
        return new VBox(2, new Label("Roles"), boxes, error(f, "roles", prefix + "Roles"));
    }

    private static VBox field(String caption, TextField input, UserFields f, String field,
                              String prefix) {
        var label = new Label(caption);
        label.setLabelFor(input);
        String id = prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return new VBox(2, label, input, error(f, field, id));
    }

    private static Label error(UserFields f, String field, String id) {
        var error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(f.errors.get(field));
        var shown = f.errors.get(field).isNotEmpty();
        error.visibleProperty().bind(shown);
        error.managedProperty().bind(shown);
        return error;
    }

    private static TextField text(TextField input, String id, StringProperty value) {
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        return input;
    }

    private static Button button(String text, String id, UsersViewModel vm, Runnable action) {
        var b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> action.run());
        return b;
    }
}
