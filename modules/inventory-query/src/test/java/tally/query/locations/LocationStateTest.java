package tally.query.locations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tally.query.locations.LocationAnswers.SkuQuantity;

/**
 * A location's held copies are laid batch over batch ({@link HeldItems}): each must answer what
 * lay there after its own batch, whether it is asked at once, late (after many more batches,
 * past the deepest chain) or never, and whatever later batches did.
 */
class LocationStateTest {

    @Test
    void every_held_copy_answers_its_own_batch_asked_at_once_late_or_never() {
        var random = new Random(15);
        var expected = new TreeMap<String, Long>();
        var state = new LocationState("A-01", new HashMap<>());
        var copies = new ArrayList<LocationState>();
        var answers = new ArrayList<List<SkuQuantity>>();
        for (int batch = 0; batch < 5 * HeldItems.MOST_LAYERS; batch++) {
            LocationState folding = state.toFold();
            for (int change = random.nextInt(4); change >= 0; change--) {
                String sku = "SKU-" + random.nextInt(12);
                if (random.nextInt(5) == 0) {
                    folding.set(sku, 0);
                    expected.remove(sku);
                } else {
                    folding.add(sku, 1 + random.nextInt(9));
                    expected.merge(sku, folding.quantityOf(sku), (was, now) -> now);
                }
            }
            LocationState held = folding.held();
            if (batch % 5 == 0) { // the live stream's message, sorted from the held copy
                assertThat(folding.asView(batch).items()).isEqualTo(itemsOf(expected));
            }
            state = folding.committed();
            copies.add(held);
            answers.add(itemsOf(expected));
            if (batch % 7 == 0) { // asked at once; the others only at the end
                assertThat(held.heldView(batch).items()).isEqualTo(itemsOf(expected));
            }
            assertThat(held.skus()).isEqualTo(expected.size());
            assertThat(held.units()).isEqualTo(expected.values().stream().mapToLong(q -> q).sum());
        }
        for (int i = copies.size() - 1; i >= 0; i--) { // newest first: the old ones asked last
            assertThat(copies.get(i).heldView(i).items()).as("batch " + i)
                    .isEqualTo(answers.get(i));
        }
    }

    @Test
    void a_location_read_from_the_database_answers_its_items_in_sku_order() {
        var quantities = new HashMap<String, Long>(Map.of("SKU-2", 4L, "SKU-1", 6L));
        var read = new LocationState("A-01", quantities);

        assertThat(read.heldView(9)).isEqualTo(new LocationAnswers.LocationView(9, "A-01",
                List.of(new SkuQuantity("SKU-1", 6), new SkuQuantity("SKU-2", 4))));
    }

    private static List<SkuQuantity> itemsOf(TreeMap<String, Long> quantities) {
        return quantities.entrySet().stream()
                .map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList();
    }
}
