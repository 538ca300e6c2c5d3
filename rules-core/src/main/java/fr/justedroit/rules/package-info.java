/**
 * The vocabulary of rule authors: the facts a DRL rule set matches ({@link fr.justedroit.rules.DecisionMonth},
 * {@link fr.justedroit.rules.Member}, {@link fr.justedroit.rules.MonthlyIncome},
 * {@link fr.justedroit.rules.AnnualIncome}, {@link fr.justedroit.rules.HouseholdSituation}, and the request's
 * {@link fr.justedroit.ViolenceAidClaim}), the two globals every rule set declares
 * ({@code params}, a {@link fr.justedroit.rules.MonthParameters}; {@code explain}, an
 * {@link fr.justedroit.rules.Explanations}), the {@link fr.justedroit.rules.Verdict} a rule set inserts
 * as its decision, and exact-money helpers ({@link fr.justedroit.rules.Money}).
 *
 * <p>Facts are immutable and resolved once per evaluation; rules never read the clock.
 */
package fr.justedroit.rules;
