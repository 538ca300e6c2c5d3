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
 * @param date the last day of the activity (the day the perception of its income stops for good)
 * @param replacementIncome whether the person can claim a replacement income (unemployment benefit,
 *     daily allowances, a pension...) for the loss of that activity
 */
public record ActivityStop(LocalDate date, boolean replacementIncome) {

    public ActivityStop {
        Objects.requireNonNull(date, "date");
    }
}
