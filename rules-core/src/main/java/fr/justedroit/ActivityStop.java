package fr.justedroit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The stop of a person's professional activity (salaried or self-employed), which decides whether the
 * RSA neutralises the professional income of the reference quarter (CASF art. R262-13): « Il n'est tenu
 * compte ni des ressources ayant le caractère de revenus professionnels ou en tenant lieu […] lorsqu'il
 * est justifié que la perception de ces revenus est interrompue de manière certaine et que l'intéressé ne
 * peut prétendre à un revenu de substitution ».
 *
 * <p>Whether the person can claim a replacement income cannot be read from the incomes of the request:
 * the text says « ne peut prétendre » (is not entitled to), not « ne perçoit pas », and an unemployment
 * benefit claimed is often paid weeks later; the caller says it.
 *
 * <p>R262-13 also names « les allocations aux travailleurs privés d'emploi » (code du travail L5422-1,
 * L5423-1, L5424-25): an unemployment benefit whose rights end is such a resource. {@code unemploymentBenefit} says that what stops is the person's
 * unemployment benefit (not an activity): the RSA then leaves out that benefit of the reference quarter
 * instead of the earned income, when the person cannot claim another replacement income.
 *
 * @param date the last day of the activity (the day the perception of its income stops for good), or the
 *     last day paid by the unemployment benefit when {@code unemploymentBenefit}
 * @param replacementIncome whether the person can claim a replacement income (unemployment benefit,
 *     daily allowances, a pension...) for the loss of that activity; for the end of an unemployment
 *     benefit, whether the person can claim another one (the allocation de solidarité spécifique...)
 * @param unemploymentBenefit whether the income that stops is the person's unemployment benefit (its
 *     rights exhausted) rather than a professional activity; {@code false} when the request does not say
 */
public record ActivityStop(LocalDate date, boolean replacementIncome, boolean unemploymentBenefit) {

    public ActivityStop {
        Objects.requireNonNull(date, "date");
    }

    /** The stop of an activity: the constructor of the contract before {@code unemploymentBenefit}. */
    public ActivityStop(LocalDate date, boolean replacementIncome) {
        this(date, replacementIncome, false);
    }
}
