package tally.command.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tally.command.domain.BarcodeFixture.given;

import org.junit.jupiter.api.Test;
import tally.command.domain.ProductCommand.AssignBarcode;
import tally.command.domain.ProductCommand.UnassignBarcode;
import tally.command.domain.Refusal.BarcodeTaken;
import tally.command.domain.Refusal.NotAGtin;
import tally.command.domain.Refusal.NotAnAlias;
import tally.command.domain.Refusal.UnknownProduct;
import tally.events.InventoryEvent.BarcodeAssigned;
import tally.events.InventoryEvent.BarcodeUnassigned;
import tally.events.InventoryEvent.ProductRegistered;

/** Barcodes as aliases of a SKU (docs/api.md, "Barcodes"). */
class BarcodeTest {
    private static final ProductRegistered BOLT = new ProductRegistered("SKU-1", "Bolt", 0);
    private static final ProductRegistered NUT = new ProductRegistered("SKU-2", "Nut", 0);
    private static final String EAN = "4006381333931";
    private static final String GTIN = "04006381333931";

    @Test
    void assigns_an_ean_13_as_the_fourteen_digits_of_its_gtin() {
        given(BOLT).when(new AssignBarcode("SKU-1", " " + EAN + " "))
                .then(new BarcodeAssigned("SKU-1", GTIN));
        given(BOLT).when(new AssignBarcode("SKU-1", "96385074"))
                .then(new BarcodeAssigned("SKU-1", "00000096385074"));
    }

    @Test
    void the_same_barcode_again_in_any_form_records_nothing() {
        given(BOLT, new BarcodeAssigned("SKU-1", GTIN)).when(new AssignBarcode("SKU-1", EAN))
                .then();
        given(BOLT, new BarcodeAssigned("SKU-1", GTIN)).when(new AssignBarcode("SKU-1", GTIN))
                .then();
    }

    @Test
    void a_product_may_have_several_barcodes() {
        given(BOLT, new BarcodeAssigned("SKU-1", GTIN))
                .when(new AssignBarcode("SKU-1", "012345678905"))
                .then(new BarcodeAssigned("SKU-1", "00012345678905"));
    }

    @Test
    void refuses_a_barcode_that_another_product_has_naming_that_product() {
        given(BOLT, NUT, new BarcodeAssigned("SKU-1", GTIN))
                .when(new AssignBarcode("SKU-2", GTIN)).thenRefused(BarcodeTaken.class,
                        "barcode " + GTIN + " is already an alias of SKU-1: unassign it there"
                                + " first");
    }

    @Test
    void an_unassigned_barcode_may_become_an_alias_of_another_product() {
        var fixture = given(BOLT, NUT, new BarcodeAssigned("SKU-1", GTIN));
        fixture.when(new UnassignBarcode("SKU-1", EAN))
                .then(new BarcodeUnassigned("SKU-1", GTIN));
        assertThat(fixture.ownerOf(GTIN)).isNull();

        fixture.when(new AssignBarcode("SKU-2", EAN)).then(new BarcodeAssigned("SKU-2", GTIN));
        assertThat(fixture.ownerOf(GTIN)).isEqualTo("SKU-2");
        fixture.when(new AssignBarcode("SKU-1", GTIN)).thenRefused(BarcodeTaken.class,
                "barcode " + GTIN + " is already an alias of SKU-2: unassign it there first");
    }

    @Test
    void refuses_a_code_that_is_no_gtin_saying_why() {
        given(BOLT).when(new AssignBarcode("SKU-1", "4006381333932")).thenRefused(NotAGtin.class,
                "barcode has check digit 2 where 400638133393 needs 1: mistyped or misread");
        given(BOLT).when(new AssignBarcode("SKU-1", "12345")).thenRefused(NotAGtin.class,
                "barcode must be 8, 12, 13 or 14 digits (a GTIN-8, UPC-A, EAN-13 or GTIN-14),"
                        + " not 5");
        given(BOLT).when(new AssignBarcode("SKU-1", "ABC-123")).thenRefused(NotAGtin.class,
                "barcode must be digits only (a GTIN-8, UPC-A, EAN-13 or GTIN-14), not 'ABC-123'");
        given(BOLT).when(new UnassignBarcode("SKU-1", "4006381333930"))
                .thenRefused(NotAGtin.class, "barcode has check digit 0 where 400638133393"
                        + " needs 1: mistyped or misread");
    }

    @Test
    void refuses_a_barcode_for_a_product_never_registered_as_unknown() {
        given(BOLT, new BarcodeAssigned("SKU-1", GTIN)).when(new AssignBarcode("SKU-9", EAN))
                .thenRefused(UnknownProduct.class, "no product SKU-9 is registered");
        given().when(new AssignBarcode("SKU-9", "12")).thenRefused(UnknownProduct.class,
                "no product SKU-9 is registered");
        given().when(new UnassignBarcode("SKU-9", EAN)).thenRefused(UnknownProduct.class,
                "no product SKU-9 is registered");
    }

    @Test
    void refuses_to_unassign_a_barcode_the_product_does_not_have() {
        given(BOLT, NUT, new BarcodeAssigned("SKU-2", GTIN))
                .when(new UnassignBarcode("SKU-1", EAN)).thenRefused(NotAnAlias.class,
                        "barcode " + GTIN + " is not an alias of SKU-1");
        given(BOLT, new BarcodeAssigned("SKU-1", GTIN), new BarcodeUnassigned("SKU-1", GTIN))
                .when(new UnassignBarcode("SKU-1", GTIN)).thenRefused(NotAnAlias.class,
                        "barcode " + GTIN + " is not an alias of SKU-1");
    }

    @Test
    void a_missing_or_overlong_barcode_is_not_a_command() {
        assertThatThrownBy(() -> new AssignBarcode("SKU-1", null))
                .isInstanceOf(InvalidCommand.class).hasMessage("barcode is required");
        assertThatThrownBy(() -> new UnassignBarcode("SKU 1", EAN))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("sku");
        assertThatThrownBy(() -> new AssignBarcode("SKU-1", "1".repeat(201)))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("barcode must be at most");
    }

    @Test
    void a_barcode_refusal_names_the_field_for_the_answer() {
        assertThat(new NotAGtin("is required").field()).isEqualTo("barcode");
        assertThat(new BarcodeTaken(GTIN, "SKU-1").field()).isEqualTo("barcode");
        assertThat(new UnknownProduct("SKU-1").field()).isNull();
    }
}
