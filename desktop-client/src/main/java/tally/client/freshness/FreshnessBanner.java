package tally.client.freshness;

import javafx.scene.control.Label;

/**
 * The line across the top of the operator's screens while figures they show are not current;
 * not there at all otherwise.
 */
public final class FreshnessBanner extends Label {
    public FreshnessBanner(FreshnessViewModel vm) {
        setId("readModelBanner");
        getStyleClass().add("read-model-banner");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(vm.bannerProperty());
        var shown = vm.bannerProperty().isNotEmpty();
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }
}
