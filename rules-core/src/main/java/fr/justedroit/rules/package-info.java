/**
 * The vocabulary of rule authors: the facts a DRL rule set matches ({@link fr.justedroit.rules.DecisionMonth},
 * {@link fr.justedroit.rules.Member}, {@link fr.justedroit.rules.MonthlyIncome},
 * {@link fr.justedroit.rules.AnnualIncome}, {@link fr.justedroit.rules.HouseholdSituation}, and the request's
 * {@link fr.justedroit.ViolenceAidClaim}), the two globals every rule set declares
 * ({@code params}, a {@link fr.justedroit.rules.MonthParameters}; {@code explain}, an
 * {@link fr.justedroit.rules.Explanations}), the {@link fr.justedroit.rules.Verdict} a rule set inserts
 * as its decision, and exact-money helpers ({@link fr.justedroit.rules.Money}).
 *
 * <p>The order of the law: every rule names one of the {@link fr.justedroit.rules.LegalStep}s; a rule set
 * declares what it decides with {@link fr.justedroit.rules.Claim}s and a failed condition with an
 * {@link fr.justedroit.rules.Exclusion}; the engine runs the steps in order, skips the later steps of an
 * excluded benefit and refuses a claim left undecided. Shared typed helpers for the RSA and the prime
 * d'activité: {@link fr.justedroit.rules.PersonMonthResources}, {@link fr.justedroit.rules.Isolement},
 * {@link fr.justedroit.rules.BaremeForfaitaire}, {@link fr.justedroit.rules.ForfaitLogement}.
 *
 * <p>Facts are immutable and resolved once per evaluation; rules never read the clock.
 */
package fr.justedroit.rules;
