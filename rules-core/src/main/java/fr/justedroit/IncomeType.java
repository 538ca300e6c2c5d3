package fr.justedroit;

/** The kinds of income of the contract ({@code persons[].incomes[].type}). */
public enum IncomeType implements JsonName {
    /** The "montant net social" printed on a payslip. */
    NET_SOCIAL_SALARY,
    /**
     * Self-employment income already reduced to the professional income the RSA and the prime d'activité count,
     * for a month; counted as given. A micro-entrepreneur's turnover is given as {@link #MICRO_BIC_SALES_TURNOVER},
     * {@link #MICRO_BIC_SERVICES_TURNOVER} or {@link #MICRO_BNC_TURNOVER} instead, the annual profit of a real regime
     * or of a farm as {@link #REAL_REGIME_ANNUAL_PROFIT} or {@link #AGRICULTURAL_ANNUAL_PROFIT} (the rules then
     * take its monthly share themselves).
     */
    SELF_EMPLOYMENT,
    /**
     * A micro-entrepreneur's turnover (chiffre d'affaires) of the month from sales of goods, food and
     * accommodation (micro-BIC ventes): the RSA and the prime d'activité count it less the tax abattement of
     * the code général des impôts, art. 50-0 (71 %).
     */
    MICRO_BIC_SALES_TURNOVER,
    /**
     * A micro-entrepreneur's turnover of the month from services of the BIC (micro-BIC prestations de
     * services): counted less the abattement of CGI art. 50-0 (50 %).
     */
    MICRO_BIC_SERVICES_TURNOVER,
    /**
     * A micro-entrepreneur's receipts of the month from a non-commercial (liberal) activity (micro-BNC):
     * counted less the abattement of CGI art. 102 ter (34 %).
     */
    MICRO_BNC_TURNOVER,
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
    TAXABLE_INCOME,
    /**
     * The annual profit of a self-employed person taxed under a real regime (régime réel: bénéfices
     * industriels et commerciaux or bénéfices non commerciaux, the result the tax return states for the
     * calendar year), given per year only; a deficit is given as 0. The RSA (CASF R262-19 1st paragraph, R262-21)
     * and the prime d'activité (CSS R845-2) count, in each month of a right examined in year N, a twelfth of
     * the profit of year N-1 when it is given (the last year, « s'ils sont connus »), otherwise of year N-2
     * (the avant-dernière or pénultième année), as revenus professionnels. Optional: a micro-entrepreneur's
     * turnover is given as {@link #MICRO_BIC_SALES_TURNOVER} and its siblings, a monthly professional income
     * as {@link #SELF_EMPLOYMENT}.
     */
    REAL_REGIME_ANNUAL_PROFIT,
    /**
     * The annual agricultural profit (bénéfices agricoles) of a farmer, given per year only; a deficit is
     * given as 0. The RSA (CASF R262-18, R262-21) and the prime d'activité (CSS R845-1) count, in each month of
     * a right examined in year N, a twelfth of the profit of year N-1 when it is given, otherwise of year N-2,
     * as revenus professionnels.
     */
    AGRICULTURAL_ANNUAL_PROFIT;

    @Override
    public String jsonName() {
        return JsonName.snake(this);
    }

    /** Whether this type is given per year ({@code year}) rather than per month ({@code month}). */
    public boolean annual() {
        return this == TAXABLE_INCOME || this == REAL_REGIME_ANNUAL_PROFIT || this == AGRICULTURAL_ANNUAL_PROFIT;
    }
}
