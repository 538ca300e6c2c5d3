package fr.justedroit.scenario;

import fr.justedroit.AidForm;
import fr.justedroit.Status;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a scenario expects of one decision. Only what is given is checked.
 *
 * @param benefit the benefit id
 * @param beneficiary {@code household} or a person id
 * @param status the expected status, or {@code null}
 * @param amount the expected amount, or {@code null}
 * @param tolerance how far the amount may be from the expected one (default 0)
 * @param form the expected form (violence aid), or {@code null}
 * @param reasons rules that must appear among the decision's reasons
 * @param missingInputs paths that must be named as missing
 */
public record Expectation(String benefit, String beneficiary, Status status, BigDecimal amount, BigDecimal tolerance,
        AidForm form, List<String> reasons, List<String> missingInputs) {

    public Expectation {
        reasons = List.copyOf(reasons);
        missingInputs = List.copyOf(missingInputs);
        tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
    }
}
