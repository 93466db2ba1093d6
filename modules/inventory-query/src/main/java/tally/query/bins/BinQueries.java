package tally.query.bins;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import tally.query.bins.BinAnswers.BinList;
import tally.query.bins.BinAnswers.BinView;
import tally.query.engine.checkpoints.CheckpointRepository;

/**
 * Reads the {@code bins} read model together with its checkpoint, in one SERIALIZABLE snapshot
 * (see {@code StockQueries}): an answer's {@code position} is what its rows show.
 * Public, with the answers it gives, for the server's printed sheets (tally.server.labels).
 */
@Singleton
@Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.SERIALIZABLE)
public class BinQueries {
    private final CheckpointRepository checkpoints;
    private final BinRepository bins;

    BinQueries(CheckpointRepository checkpoints, BinRepository bins) {
        this.checkpoints = checkpoints;
        this.bins = bins;
    }

    public BinList bins() {
        return new BinList(checkpoints.positionOf(BinsProjection.NAME), bins.listBins());
    }

    public Optional<BinView> bin(String location) {
        long position = checkpoints.positionOf(BinsProjection.NAME);
        return bins.findBin(location).map(b -> new BinView(position, b.location(), b.name(),
                b.zone(), b.capacity(), b.retired(), b.version()));
    }
}
