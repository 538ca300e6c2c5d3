package fr.justedroit;

/** The kinds of income of the contract ({@code persons[].incomes[].type}). */
public enum IncomeType implements JsonName {
    /** The "montant net social" printed on a payslip. */
    NET_SOCIAL_SALARY,
    SELF_EMPLOYMENT,
    UNEMPLOYMENT_BENEFIT,
    SICKNESS_BENEFIT,
    PENSION,
    ALIMONY_RECEIVED,
    FAMILY_BENEFITS,
    AAH,
    OTHER,
    /** The annual income tax base ("revenu net catégoriel"); given per year only. */
    TAXABLE_INCOME;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }

    /** Whether this type is given per year ({@code year}) rather than per month ({@code month}). */
    public boolean annual() {
        return this == TAXABLE_INCOME;
    }
}
