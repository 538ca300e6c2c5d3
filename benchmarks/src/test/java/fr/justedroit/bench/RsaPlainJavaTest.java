package fr.justedroit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java floor of the benchmarks computes what the RSA rule set decides (status and amount),
 * on every generated household of the benchmarks: otherwise the comparison would not be fair.
 * (No timing is asserted anywhere.)
 */
class RsaPlainJavaTest {

    @Test
    void agreesWithTheRsaRuleSetOnTheGeneratedHouseholds() {
        JusteDroit engine = Engines.only("classic", false, "rsa");
        RsaPlainJava plain = new RsaPlainJava(engine, EngineState.MONTH);
        List<Request> requests = Households.generate(42, EngineState.POOL, EngineState.MONTH);
        int eligible = 0;
        for (Request r : requests) {
            Decision d = engine.decide(r).decision("rsa", "household").orElseThrow();
            RsaPlainJava.Outcome o = plain.rsa(r);
            assertThat(o.status()).as("status of %s", r).isEqualTo(d.status());
            assertThat(o.amount()).as("amount of %s", r).isEqualByComparingTo(d.amount());
            if (d.amount().signum() > 0) {
                eligible++;
            }
        }
        // The households exercise the computation, not only the conditions.
        assertThat(eligible).isGreaterThan(requests.size() / 10);
    }
}
