package fr.justedroit;

/** The kinds of income of the contract ({@code persons[].incomes[].type}). */
public enum IncomeType implements JsonName {
    /** The "montant net social" printed on a payslip. */
    NET_SOCIAL_SALARY,
    SELF_EMPLOYMENT,
    UNEMPLOYMENT_BENEFIT,
    /**
     * Daily allowances of sickness, work accident or occupational disease, except those of
     * {@link #SICKNESS_BENEFIT_FIRST_THREE_MONTHS}.
     */
    SICKNESS_BENEFIT,
    /**
     * Daily allowances of the legal maternity, paternity or adoption leave: revenus professionnels of the
     * prime d'activité and the RSA (CSS R844-1, CASF R262-8 5°).
     */
    MATERNITY_BENEFIT,
    /**
     * Daily allowances of sickness, work accident or occupational disease for the days within three months
     * of the stop of work: revenus professionnels of the prime d'activité and the RSA (CSS R844-1, CASF
     * R262-8 6°); beyond, {@link #SICKNESS_BENEFIT}.
     */
    SICKNESS_BENEFIT_FIRST_THREE_MONTHS,
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
