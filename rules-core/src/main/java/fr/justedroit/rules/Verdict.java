package fr.justedroit.rules;

import fr.justedroit.AidForm;
import fr.justedroit.Status;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The decision a rule set inserts for one benefit and beneficiary; the engine joins it with the
 * reasons recorded for the same pair. At most one per pair and evaluation.
 *
 * @param benefit the benefit id
 * @param beneficiary {@code household} or a person id
 * @param status the outcome
 * @param amount euros, two decimals
 * @param form grant or loan (violence aid), or {@code null}
 * @param missingInputs paths of missing inputs, for a not-computable decision
 * @param details further named figures
 */
public record Verdict(
        String benefit,
        String beneficiary,
        Status status,
        BigDecimal amount,
        AidForm form,
        List<String> missingInputs,
        Map<String, Object> details) {

    public Verdict {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(status, "status");
        amount = Money.euros(Objects.requireNonNull(amount, "amount"));
        missingInputs = List.copyOf(missingInputs);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Entitled to {@code amount} (rounded to the cent, half up, if it is not already). */
    public static Verdict eligible(String benefit, String beneficiary, BigDecimal amount) {
        return new Verdict(benefit, beneficiary, Status.ELIGIBLE, amount, null, List.of(), Map.of());
    }

    /** Not entitled: a condition fails. */
    public static Verdict ineligible(String benefit, String beneficiary) {
        return new Verdict(benefit, beneficiary, Status.INELIGIBLE, BigDecimal.ZERO, null, List.of(), Map.of());
    }

    /** Cannot be decided: these inputs are missing. */
    public static Verdict notComputable(String benefit, String beneficiary, String... missingPaths) {
        return new Verdict(benefit, beneficiary, Status.NOT_COMPUTABLE, BigDecimal.ZERO, null,
                Arrays.asList(missingPaths), Map.of());
    }

    /** The same verdict paid in this form. */
    public Verdict withForm(AidForm aidForm) {
        return new Verdict(benefit, beneficiary, status, amount, aidForm, missingInputs, details);
    }

    /** The same verdict with one more detail. */
    public Verdict withDetail(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(name, value);
        return new Verdict(benefit, beneficiary, status, amount, form, missingInputs, more);
    }

    /** A text form without the values ({@link Redacted}): Drools prints facts at TRACE, whatever an embedder logs. */
    @Override
    public String toString() {
        return "Verdict[benefit=" + benefit + ", status=" + status + ", " + Redacted.NOTE + "]";
    }
}
