package tally.query.invoices;

import tally.query.orders.PretendOrders;

/** Test-only: a read model reading back the one that reads it, a cycle the rules must report. */
public final class PretendInvoices {
    private PretendInvoices() {
    }

    public static int unpaid() {
        return 0;
    }

    static int ordered() {
        return PretendOrders.open();
    }
}
