package fr.justedroit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.history.HistoryResult;
import fr.justedroit.history.Kind;
import org.junit.jupiter.api.Test;

/** The benchmark recomputes what it says: 48 months, each benefit, with differences to find (no timing). */
class HistoryBenchmarkTest {
    @Test
    void theBenchmarksHistoryHasFortyEightMonthsWithDifferences() {
        HistoryBenchmark b = new HistoryBenchmark();
        b.setUp();
        HistoryResult r = b.recompute();
        assertThat(r.timeline().months()).hasSize(48);
        assertThat(r.months()).filteredOn(m -> m.benefit().equals("rsa")).hasSize(48);
        assertThat(r.months()).anyMatch(m -> m.kind() == Kind.INDU);
    }
}
