package tally.client;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;

/**
 * After any screen switch (Ctrl+1…8, a click on a tab) the focus goes where the next scan
 * goes, so that an operator who looked something up can scan on without touching the mouse:
 * on every screen the command form stands beside, its next empty field; on Orders, the place-
 * order form's order id, or its SKU once the order has one; on Pick, the current step's field.
 * The import screen takes files, not scans.
 */
final class ScanFocus {
    private final TabPane tabs;
    private final ObservableBooleanValue formShown;
    private final Screens screens;

    private ScanFocus(TabPane tabs, ObservableBooleanValue formShown, Screens screens) {
        this.tabs = tabs;
        this.formShown = formShown;
        this.screens = screens;
    }

    static ScanFocus follow(TabPane tabs, ObservableBooleanValue formShown, Screens screens) {
        var focus = new ScanFocus(tabs, formShown, screens);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            // After the switch is done; a field of the new screen that a shortcut (Ctrl+F)
            // chose meanwhile keeps the focus.
            Platform.runLater(() -> focus.focus(false));
        });
        return focus;
    }

    /** Now, for a shortcut to the screen already shown: the operator asked for this screen. */
    void again() {
        Platform.runLater(() -> focus(true));
    }

    private void focus(boolean evenOverAField) {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null || tab.getId().equals("import")
                || !evenOverAField && chosenOn(tab)) {
            return;
        }
        switch (tab.getId()) {
            case "pick" -> screens.pickView.focusStep();
            case "orders" -> {
                Node orderId = screens.ordersView.lookup("#orderId");
                Node sku = screens.ordersView.lookup("#orderSku");
                if (orderId instanceof TextInputControl id && sku != null) {
                    (id.getText().isBlank() ? id : sku).requestFocus();
                }
            }
            default -> {
                if (formShown.get()) {
                    screens.formView.focusFirst(screens.models.form());
                }
            }
        }
    }

    /** True when the focus is in a text field of this screen itself. */
    private static boolean chosenOn(Tab tab) {
        var scene = tab.getTabPane() == null ? null : tab.getTabPane().getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (!(owner instanceof TextInputControl)) {
            return false;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == tab.getContent()) {
                return true;
            }
        }
        return false;
    }
}
