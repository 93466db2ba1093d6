package tally.eventstore.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tally.events.InventoryEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStore;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.NodeLease;
import tally.eventstore.h2.TestStores;

/**
 * A role one node at a time plays on a shared log (the allocation's): held by the first node
 * that asks, refused to the others while it lives, and taken by another once its holder gives it
 * up or its session ends (as when the node is killed or cut off from PostgreSQL).
 */
class PostgresLeaseTest {
    private final TestPostgres server = TestPostgres.server();
    private final String url = server.freshDatabase();
    private final EventStore nodeA = PostgresEventStore.open(server.options(url));
    private final EventStore nodeB = PostgresEventStore.open(server.options(url));

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void one_node_holds_a_role_until_it_gives_it_up_then_another_takes_it() {
        NodeLease onA = nodeA.lease("allocation");
        NodeLease onB = nodeB.lease("allocation");
        assertThat(onA.hold()).isTrue();
        assertThat(onB.hold()).as("B while A holds it").isFalse();
        assertThat(onA.hold()).as("A, asked again").isTrue();
        try (NodeLease otherRole = nodeB.lease("another-role")) {
            assertThat(otherRole.hold()).as("a role of another name").isTrue();
        }
        var appended = nodeB.appendAndWait(AppendRequest.of("product-A", ExpectedVersion.ANY,
                "c-1", new InventoryEvent.ProductRegistered("A", "A", 0)));
        assertThat(appended.position()).as("appends beside a held role").isEqualTo(1);

        onA.close();
        assertThat(onB.hold()).as("B once A gave it up").isTrue();
        assertThat(onA.hold()).as("A's closed lease").isFalse();
        onB.close();
    }

    @Test
    void a_node_whose_session_ends_loses_the_role_and_another_takes_it() throws Exception {
        NodeLease onA = nodeA.lease("allocation");
        NodeLease onB = nodeB.lease("allocation");
        assertThat(onA.hold()).isTrue();
        assertThat(onB.hold()).isFalse();

        assertThat(endSessionHolding(PostgresLease.key("allocation"))).isTrue();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!onB.hold()) { // the server ends the session a moment after it is asked to
            assertThat(System.nanoTime()).as("B taking the role").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(onA.hold()).as("A, its session gone and B holding").isFalse();
        onB.close();
        assertThat(onA.hold()).as("A, once B gave it up").isTrue();
        onA.close();
    }

    @Test
    void on_a_log_no_other_node_shares_every_lease_is_held() {
        try (var h2 = TestStores.temporary()) {
            assertThat(h2.store().lease("allocation").hold()).isTrue();
            assertThat(h2.store().lease("allocation").hold()).isTrue();
        }
    }

    /** As a server does when a node's connection drops: the session ends, its locks go. */
    private boolean endSessionHolding(long key) throws Exception {
        try (Connection c = DriverManager.getConnection(url, server.user(), "");
             PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid)"
                     + " FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND ((classid::bigint << 32) | objid::bigint) = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
