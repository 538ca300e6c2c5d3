package fr.justedroit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decision on one benefit for one beneficiary, with the reasons that led to it.
 *
 * @param benefit the benefit: {@code rsa}, {@code prime_activite}, {@code aah}, {@code violence_aid}
 * @param beneficiary {@code household}, or the id of the person concerned
 * @param status eligible, ineligible or not computable
 * @param amount monthly amount in euros with two decimals (the one-off amount for the violence aid);
 *     zero unless eligible
 * @param form grant or loan, for the violence aid; otherwise {@code null}
 * @param reasons every step that led to the amount, in order
 * @param missingInputs for {@link Status#NOT_COMPUTABLE}, the path of each missing input
 * @param details further named figures of the decision (loan terms, the two AAH calculations...)
 */
public record Decision(
        String benefit,
        String beneficiary,
        Status status,
        BigDecimal amount,
        AidForm form,
        List<Reason> reasons,
        List<String> missingInputs,
        Map<String, Object> details) {

    public Decision {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        reasons = List.copyOf(reasons);
        missingInputs = List.copyOf(missingInputs);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Whether some reason of this decision was made by the named rule. */
    public boolean hasReasonFrom(String rule) {
        return reasons.stream().anyMatch(r -> r.rule().equals(rule));
    }
}
