package tally.client.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table columns over records. A lambda, because {@code PropertyValueFactory} looks for
 * JavaBean getters and does not see a record's accessors.
 */
public final class Columns {
    /** console.css's font size, and what a header needs beside its text. */
    private static final double HEADER_FONT_SIZE = 13;
    private static final double HEADER_PADDING = 24;
    private Columns() {
    }

    public static <S, T> TableColumn<S, T> column(String title, Function<S, T> value,
                                                  double width) {
        var column = new TableColumn<S, T>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? null : value.apply(cell.getValue())));
        column.setPrefWidth(width);
        // A table squeezed to fit (1280 px beside the command form) still reads every header.
        column.setMinWidth(headerWidth(title));
        return column;
    }

    /** The title's width in the console's font, with the header's padding and sort arrow. */
    public static double headerWidth(String title) {
        var text = new Text(title);
        text.setFont(Font.font(HEADER_FONT_SIZE));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }

    /** Figures line up on the right, as on a stock sheet. */
    public static <S, T> TableColumn<S, T> numeric(String title, Function<S, T> value,
                                                   double width) {
        var column = column(title, value, width);
        column.getStyleClass().add("number");
        return column;
    }

    /** Rows that carry style classes computed from their item, e.g. "below-reorder", "pending". */
    public static <S> Callback<TableView<S>, TableRow<S>> styledRows(
            Function<S, java.util.List<String>> classes, java.util.Set<String> all) {
        return table -> new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(all);
                if (!empty && item != null) {
                    getStyleClass().addAll(classes.apply(item));
                }
            }
        };
    }
}
