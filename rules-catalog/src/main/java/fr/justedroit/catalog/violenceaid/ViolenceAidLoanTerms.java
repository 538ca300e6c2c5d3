package fr.justedroit.catalog.violenceaid;

import fr.justedroit.rules.Redacted;
import java.util.Map;
import java.util.Objects;

/**
 * The repayment terms of an aid given as a loan (CASF L214-12, L214-14 and the article created by décret n°
 * 2023-1088), as the decision's detail {@code loan}; by {@code violence_aid.pret.remboursement}.
 *
 * @param details the first instalment's month, the number of instalments, the instalment and the last one, in
 *     that order (an unmodifiable map, as the rule builds it)
 */
public record ViolenceAidLoanTerms(Map<String, Object> details) {

    public ViolenceAidLoanTerms {
        Objects.requireNonNull(details, "details");
    }

    /** Without the values ({@link Redacted}): Drools prints the facts it inserts and matches at TRACE. */
    @Override
    public String toString() {
        return "ViolenceAidLoanTerms[" + Redacted.NOTE + "]";
    }
}
