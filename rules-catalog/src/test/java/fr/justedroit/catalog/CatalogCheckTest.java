package fr.justedroit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.justedroit.check.CheckReport;
import fr.justedroit.check.RuleSetChecks;
import org.junit.jupiter.api.Test;

/** justedroit check on the bundled catalog. */
class CatalogCheckTest {

    @Test
    void theCatalogHasNoProblem() {
        CheckReport report = RuleSetChecks.check(CatalogEngine.get());
        assertThat(report.problems()).as(report.toText()).isEmpty();
    }
}
