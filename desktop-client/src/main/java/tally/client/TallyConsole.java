package tally.client;

import java.net.URI;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import tally.client.api.HttpTallyApi;
import tally.client.api.TallyApi;
import tally.client.command.Field;
import tally.client.sync.Connection;
import tally.client.ui.FxUiExecutor;
import tally.client.ui.UiExecutor;

/**
 * The whole console for one server: tabs for the screens, the command form beside them, the
 * connection's state below. Build it on the FX thread; {@link #showOn} puts it on a stage and
 * starts it. Control ids for tests are listed in desktop-client/CONTROLS.md.
 */
public final class TallyConsole {
    public static final String STYLESHEET =
            TallyConsole.class.getResource("console.css").toExternalForm();

    private final TallyApi api;
    private final Screens screens;
    private final Connection connection;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();
    private final AutoCloseable owned;

    /** A console on its own {@link FxUiExecutor}, over HTTP. */
    public static TallyConsole forServer(URI server) {
        var ui = new FxUiExecutor();
        return new TallyConsole(new HttpTallyApi(server), ui, ui);
    }

    public TallyConsole(TallyApi api, UiExecutor ui) {
        this(api, ui, () -> { });
    }

    private TallyConsole(TallyApi api, UiExecutor ui, AutoCloseable owned) {
        this.api = api;
        this.owned = owned;
        this.connection = new Connection(api, ui);
        this.screens = new Screens(api, ui, connection);
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("stock", "Stock", screens.stockView),
                tab("product", "Product", screens.productView),
                tab("locations", "Locations", screens.locationView),
                tab("activity", "Activity", screens.activityView),
                tab("trainer", "Trainer", screens.trainerView));
        screens.onOpenProduct(sku -> showTab("product"));
        var split = new SplitPane(tabs, screens.formView);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(screens.formView, false);
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStylesheets().add(STYLESHEET);
    }

    public Parent root() {
        return root;
    }

    /** The connection's state: CONNECTING, CONNECTED or DOWN. */
    public ReadOnlyObjectProperty<Connection.State> connectionState() {
        return connection.stateProperty();
    }

    /** Selects a tab by its id: stock, product, locations, activity or trainer. */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public void start() {
        connection.start();
    }

    public void stop() {
        connection.stop();
        screens.trainerView.stop();
        try {
            owned.close();
        } catch (Exception e) {
            // closing threads of our own; nothing to report
        }
    }

    /** Puts the console on the stage, with the keyboard shortcuts, shows it and connects. */
    public void showOn(Stage stage) {
        var scene = new Scene(root, 1280, 800);
        var keys = Map.<String, Runnable>of(
                "Shortcut+1", () -> showTab("stock"), "Shortcut+2", () -> showTab("product"),
                "Shortcut+3", () -> showTab("locations"), "Shortcut+4", () -> showTab("activity"),
                "Shortcut+5", () -> showTab("trainer"),
                "Shortcut+F", () -> {
                    showTab("stock");
                    scene.lookup("#stockFilter").requestFocus();
                },
                "F2", () -> screens.formView.input(Field.SKU).requestFocus());
        keys.forEach((k, action) -> scene.getAccelerators().put(KeyCombination.valueOf(k), action));
        stage.setScene(scene);
        stage.setTitle("Tally — " + api.server());
        stage.setOnHidden(e -> stop());
        stage.show();
        start();
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        var tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    private HBox statusBar() {
        var status = new Label();
        status.setId("status");
        status.textProperty().bind(connection.statusProperty());
        var head = new Label();
        head.setId("head");
        head.textProperty().bind(Bindings.concat("log position ", connection.headProperty()));
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(10, status, spacer, head);
        bar.setId("statusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        connection.stateProperty().addListener((o, was, is) -> {
            bar.getStyleClass().remove("down");
            if (is == Connection.State.DOWN) {
                bar.getStyleClass().add("down");
            }
        });
        return bar;
    }
}
