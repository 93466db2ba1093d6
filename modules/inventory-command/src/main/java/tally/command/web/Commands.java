package tally.command.web;

import java.util.Set;

/** The names of the commands in docs/api.md, "Commands" and "Orders and their allocation",
 * "Bins that exist", "Product care", "Barcodes". */
final class Commands {
    static final String REGISTER = "register-product";
    static final String RENAME = "rename-product";
    static final String CHANGE_REORDER_POINT = "change-reorder-point";
    static final String ASSIGN_BARCODE = "assign-barcode";
    static final String UNASSIGN_BARCODE = "unassign-barcode";
    static final String RECEIVE = "receive-stock";
    static final String MOVE = "move-stock";
    static final String PICK = "pick-stock";
    static final String ADJUST = "adjust-stock";
    static final String PLACE_ORDER = "place-order";
    static final String CANCEL_ORDER = "cancel-order";
    static final String CONFIRM_PICK = "confirm-pick";
    static final String SHIP_ORDER = "ship-order";
    static final String DEFINE_LOCATION = "define-location";
    static final String CHANGE_LOCATION = "change-location";
    static final String RETIRE_LOCATION = "retire-location";
    static final Set<String> NAMES = Set.of(REGISTER, RENAME, CHANGE_REORDER_POINT, RECEIVE, MOVE,
            PICK, ADJUST, PLACE_ORDER, CANCEL_ORDER, CONFIRM_PICK, SHIP_ORDER, DEFINE_LOCATION,
            CHANGE_LOCATION, RETIRE_LOCATION, ASSIGN_BARCODE, UNASSIGN_BARCODE);

    private Commands() {
    }
}
