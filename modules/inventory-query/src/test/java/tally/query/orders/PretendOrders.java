package tally.query.orders;

import tally.query.invoices.PretendInvoices;

/** Test-only: a read model that reads another's, which the architecture rules must report. */
public final class PretendOrders {
    private PretendOrders() {
    }

    public static int open() {
        return PretendInvoices.unpaid();
    }
}
