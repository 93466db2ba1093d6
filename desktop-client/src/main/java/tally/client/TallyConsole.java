package tally.client;

import java.net.URI;
import java.util.List;
import java.util.LinkedHashMap;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import tally.client.api.HttpTallyApi;
import tally.client.api.TallyApi;
import tally.client.command.Field;
import tally.client.freshness.FreshnessBanner;
import tally.client.freshness.FreshnessViewModel;
import tally.client.csv.CsvExportViewModel;
import tally.client.csv.ExportButton;
import tally.client.csv.ExportKind;
import tally.client.csv.ImportProductsView;
import tally.client.csv.ImportProductsViewModel;
import tally.client.session.Duty;
import tally.client.session.RememberedUsernames;
import tally.client.session.SessionViewModel;
import tally.client.session.UsernameMemory;
import tally.client.sync.Connection;
import tally.client.ui.FxUiExecutor;
import tally.client.ui.UiExecutor;

/**
 * The whole console for one server: the sign-in screen over it until someone signs in; then
 * tabs for the screens, the command form beside them, the connection's state and who is signed
 * in below. Only what the user's roles allow is offered. Build it on the FX thread;
 * {@link #showOn} puts it on a stage. Control ids for tests: desktop-client/CONTROLS.md.
 */
public final class TallyConsole {
    public static final String STYLESHEET =
            TallyConsole.class.getResource("console.css").toExternalForm();

    private final TallyApi api;
    private final Screens screens;
    private final Connection connection;
    private final TabPane tabs = new TabPane();
    private final SplitPane split;
    private final StackPane root;
    private final AutoCloseable owned;
    private final BooleanBinding formWanted;
    private final ScanFocus scanFocus;

    /** A console on its own {@link FxUiExecutor}, over HTTP. */
    public static TallyConsole forServer(URI server) {
        return forServer(server, List.of());
    }

    /**
     * The same, offering the demo's users on its sign-in screen. It remembers the last user
     * name per server in the console's folder ({@link RememberedUsernames}).
     */
    public static TallyConsole forServer(URI server, List<DemoSignIn> demo) {
        var ui = new FxUiExecutor();
        return new TallyConsole(new HttpTallyApi(server), ui, ui,
                RememberedUsernames.inConsoleFolder(), demo);
    }

    public TallyConsole(TallyApi api, UiExecutor ui) {
        this(api, ui, List.of());
    }

    /** Offering these demo users; the last user name is remembered in memory only. */
    public TallyConsole(TallyApi api, UiExecutor ui, List<DemoSignIn> demo) {
        this(api, ui, () -> { }, UsernameMemory.inMemory(), demo);
    }

    private TallyConsole(TallyApi api, UiExecutor ui, AutoCloseable owned,
                         UsernameMemory memory, List<DemoSignIn> demo) {
        this.api = api;
        this.owned = owned;
        this.connection = new Connection(api, ui);
        this.screens = new Screens(api, ui, connection, memory, demo);
        var models = screens.models;
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        var exports = new CsvExportViewModel(api, ui);
        tabs.getTabs().addAll(
                tab("stock", "Stock", ExportButton.under(screens.stockView, ExportKind.STOCK,
                        exports)),
                tab("product", "Product", screens.productView),
                tab("locations", "Locations", ExportButton.under(screens.locationView,
                        ExportKind.LOCATIONS, exports)),
                tab("activity", "Activity", ExportButton.under(screens.activityView,
                        ExportKind.ACTIVITY, exports)),
                tab("trainer", "Trainer", screens.trainerView),
                tab("orders", "Orders", screens.ordersView), tab("pick", "Pick", screens.pickView));
        var usersTab = tab("users", "Users", screens.usersView);
        // In the place of its shortcut, Ctrl+6, between Trainer and Orders.
        offer(models.session().may(Duty.USERS), () -> tabs.getTabs().add(5, usersTab),
                () -> tabs.getTabs().remove(usersTab));
        // Importing products registers them: offered to whoever may register, at the end.
        var mayRegister = models.session().may(Duty.CATALOGUE);
        var importTab = tab("import", "Import", new ImportProductsView(
                new ImportProductsViewModel(api, ui, mayRegister)));
        offer(mayRegister, () -> tabs.getTabs().add(importTab),
                () -> tabs.getTabs().remove(importTab));
        usersTab.setOnSelectionChanged(e -> {
            if (usersTab.isSelected()) {
                models.users().load();
            }
        });
        screens.onOpenProduct(sku -> showTab("product"));
        split = new SplitPane(tabs);
        // The stock command form stands beside the stock screens; orders and picking have
        // forms of their own and take the whole width, as does the import's preview.
        var ordersTabs = java.util.Set.of("orders", "pick", "import");
        var chosenTab = tabs.getSelectionModel().selectedItemProperty();
        formWanted = Bindings.createBooleanBinding(() -> models.form().anyOfferedProperty()
                .get() && (chosenTab.get() == null
                || !ordersTabs.contains(chosenTab.get().getId())),
                models.form().anyOfferedProperty(), chosenTab);
        offer(formWanted, () -> {
            split.getItems().add(screens.formView);
            split.setDividerPositions(0.72);
        }, () -> split.getItems().remove(screens.formView));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, is) -> {
            if (is != null && is.getId().equals("pick")) {
                Platform.runLater(screens.pickView::focusStep);
            }
        });
        scanFocus = ScanFocus.follow(tabs, formWanted, screens);
        SplitPane.setResizableWithParent(screens.formView, false);
        var main = new BorderPane(split);
        main.setTop(new FreshnessBanner(models.freshness()));
        // The banner speaks of what the screen in front of the operator shows, the form's
        // stock figures included while the form stands beside it.
        models.freshness().shownProperty().bind(Bindings.createObjectBinding(() -> {
            var shown = new java.util.HashSet<>(FreshnessViewModel.shownOn(
                    chosenTab.get() == null ? null : chosenTab.get().getId()));
            if (formWanted.get()) {
                shown.add("stock");
            }
            return java.util.Set.copyOf(shown);
        }, chosenTab, formWanted));
        main.setBottom(new StatusBar(connection, models.session(), models.freshness()));
        main.disableProperty().bind(models.signIn().shownProperty());
        root = new StackPane(main, screens.signInView);
        root.getStylesheets().add(STYLESHEET);
    }

    public Parent root() {
        return root;
    }

    /** The connection's state: CONNECTING, CONNECTED or DOWN. */
    public ReadOnlyObjectProperty<Connection.State> connectionState() {
        return connection.stateProperty();
    }

    /** SIGNED_OUT (the sign-in screen), SIGNED_IN, or ENDED (asked for the password again). */
    public ReadOnlyObjectProperty<SessionViewModel.Phase> sessionPhase() {
        return screens.models.session().phaseProperty();
    }

    /**
     * Selects a tab by id: stock, product, locations, activity, trainer, users, orders, pick,
     * import.
     */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Follows the server now; signing in does this by itself. */
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

    /** Puts the console on the stage, with the keyboard shortcuts, and shows the sign-in. */
    public void showOn(Stage stage) {
        var scene = new Scene(root, 1280, 800);
        var keys = new LinkedHashMap<String, Runnable>();
        var byNumber = List.of("stock", "product", "locations", "activity", "trainer", "users",
                "orders", "pick");
        for (int i = 0; i < byNumber.size(); i++) {
            String id = byNumber.get(i);
            keys.put("Shortcut+" + (i + 1), () -> {
                showTab(id);
                scanFocus.again();
            });
        }
        keys.put("Shortcut+F", () -> {
            showTab("stock");
            scene.lookup("#stockFilter").requestFocus();
        });
        keys.put("F2", () -> screens.formView.input(Field.SKU).requestFocus());
        // The paper of the screen in front: its Save as PDF… and Print… (labels, pick list).
        keys.put("Shortcut+P", () -> {
            var shown = tabs.getSelectionModel().getSelectedItem();
            var tool = shown == null ? null : screens.paper.get(shown.getId());
            if (tool != null) {
                tool.open();
            }
        });
        keys.forEach((k, action) -> scene.getAccelerators().put(KeyCombination.valueOf(k), action));
        stage.setScene(scene);
        stage.setTitle("Tally — " + api.server());
        stage.setOnHidden(e -> stop());
        stage.show();
        screens.signInView.focusFirst();
        // Signed in, the operator's next move is a scan: the focus goes to the form (signed
        // in again after the session ended, the form is as it was and waits for Submit).
        sessionPhase().addListener((o, was, is) -> {
            if (was == SessionViewModel.Phase.SIGNED_OUT && is == SessionViewModel.Phase.SIGNED_IN
                    && split.getItems().size() > 1) {
                screens.formView.focusFirst(screens.models.form());
            }
        });
    }

    /** Runs {@code on} while the condition holds and {@code off} when it stops holding. */
    private static void offer(ObservableValue<Boolean> condition, Runnable on, Runnable off) {
        condition.addListener((o, was, is) -> (is ? on : off).run());
        if (condition.getValue()) {
            on.run();
        }
    }

    private static Tab tab(String id, String text, Node content) {
        var tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }
}
