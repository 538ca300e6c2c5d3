package fr.justedroit.bench;

import fr.justedroit.Household;
import fr.justedroit.Housing;
import fr.justedroit.HousingStatus;
import fr.justedroit.Income;
import fr.justedroit.JusteDroit;
import fr.justedroit.ParameterValue;
import fr.justedroit.Person;
import fr.justedroit.Request;
import fr.justedroit.Role;
import fr.justedroit.Status;
import fr.justedroit.rules.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * <b>A benchmark baseline, not production code.</b> The arithmetic of {@code rsa/rsa.drl} written
 * as a plain Java method, to show what the same decision costs without a rule engine: the floor the
 * Drools figures are compared with. No benefit is ever decided with this class; it computes no
 * reasons and takes no part in the library. {@code RsaPlainJavaTest} checks that it agrees with the
 * rule set on the generated households, so that the comparison is fair.
 *
 * <p>The parameters are resolved once for the month (as the engine resolves them once per month), and
 * every amount is a {@link BigDecimal} rounded where the rule set rounds.
 */
public final class RsaPlainJava {
    /** Status and amount: what the floor computes. */
    public record Outcome(Status status, BigDecimal amount) {
    }

    private final YearMonth month;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final int offset;
    private final BigDecimal base;
    private final BigDecimal rate2;
    private final BigDecimal rate3;
    private final BigDecimal rateFrom3rd;
    private final int dependantAgeLimit;
    private final int minimumAge;
    private final BigDecimal isolationRate;
    private final BigDecimal isolationPerChild;
    private final int isolationMonths;
    private final int youngestChildAge;
    private final BigDecimal housing1;
    private final BigDecimal housing2;
    private final BigDecimal housing3;
    private final BigDecimal threshold;

    /** The parameters of {@code month}, read from the engine's parameter files. */
    public RsaPlainJava(JusteDroit engine, YearMonth month) {
        this.month = month;
        this.firstDay = month.atDay(1);
        this.lastDay = month.atEndOfMonth();
        Map<String, Map<LocalDate, ParameterValue>> all = engine.catalog().parameterTimelines();
        this.offset = value(all, "commun.trimestre_reference.decalage").intValue();
        this.base = value(all, "rsa.montant_forfaitaire.base");
        this.rate2 = value(all, "rsa.montant_forfaitaire.majoration_deuxieme_personne");
        this.rate3 = value(all, "rsa.montant_forfaitaire.majoration_personne_supplementaire");
        this.rateFrom3rd = value(all, "rsa.montant_forfaitaire.majoration_a_partir_du_troisieme_enfant");
        this.dependantAgeLimit = value(all, "commun.personne_a_charge.age_limite").intValue();
        this.minimumAge = value(all, "rsa.condition_age.age_minimum").intValue();
        this.isolationRate = value(all, "rsa.majoration_isolement.taux_base");
        this.isolationPerChild = value(all, "rsa.majoration_isolement.taux_par_enfant");
        this.isolationMonths = value(all, "commun.majoration_isolement.duree").intValue();
        this.youngestChildAge = value(all, "commun.majoration_isolement.age_plus_jeune_enfant").intValue();
        this.housing1 = value(all, "rsa.forfait_logement.taux_une_personne");
        this.housing2 = value(all, "rsa.forfait_logement.taux_deux_personnes");
        this.housing3 = value(all, "rsa.forfait_logement.taux_trois_personnes_ou_plus");
        this.threshold = value(all, "rsa.seuil_versement");
    }

    private BigDecimal value(Map<String, Map<LocalDate, ParameterValue>> all, String id) {
        NavigableMap<LocalDate, ParameterValue> timeline = new TreeMap<>(all.get(id));
        return timeline.floorEntry(firstDay).getValue().value();
    }

    /** The RSA of the household of {@code request} (whose month must be this calculator's). */
    public Outcome rsa(Request request) {
        Household h = request.household();
        Person applicant = null;
        boolean partner = false;
        int adults = 0;
        int dependants = 0;
        boolean childUnder3 = false;
        for (Person p : h.persons()) {
            switch (p.role()) {
                case APPLICANT -> {
                    applicant = p;
                    adults++;
                }
                case PARTNER -> {
                    partner = true;
                    adults++;
                }
                case CHILD -> {
                    if (age(p.birthDate(), lastDay) < dependantAgeLimit) {
                        dependants++;
                    }
                    if (age(p.birthDate(), firstDay) < youngestChildAge) {
                        childUnder3 = true;
                    }
                }
                default -> {
                }
            }
        }
        // Majoration pour isolement.
        boolean isolated = false;
        if (h.singleParentSince() != null && !lastDay.isBefore(h.singleParentSince()) && !partner) {
            if (applicant.pregnant() || childUnder3) {
                isolated = true;
            } else if (dependants > 0
                    && month.isBefore(YearMonth.from(h.singleParentSince()).plusMonths(isolationMonths))) {
                isolated = true;
            }
        }
        // Conditions (CASF L262-4 1° and 3°, L262-5): met by one adult of the couple, whichever is the applicant.
        boolean pregnantAdult = false;
        boolean adultOfAge = false;
        boolean adultNotStudent = false;
        boolean studentOfAge = false;
        boolean youngNotStudent = false;
        for (Person p : h.persons()) {
            if (p.role() != Role.APPLICANT && p.role() != Role.PARTNER) {
                continue;
            }
            boolean ofAge = age(p.birthDate(), lastDay) >= minimumAge;
            boolean student = p.activity() == fr.justedroit.Activity.STUDENT;
            pregnantAdult |= p.pregnant();
            adultOfAge |= ofAge;
            adultNotStudent |= !student;
            studentOfAge |= student && ofAge;
            youngNotStudent |= !student && !ofAge;
        }
        boolean childBornOrToBeBorn = dependants > 0 || pregnantAdult;
        if (!adultOfAge && !childBornOrToBeBorn) {
            return new Outcome(Status.INELIGIBLE, Money.ZERO);
        }
        if (!adultNotStudent && !isolated) {
            return new Outcome(Status.INELIGIBLE, Money.ZERO);
        }
        if (!childBornOrToBeBorn && studentOfAge && youngNotStudent) {
            return new Outcome(Status.INELIGIBLE, Money.ZERO);
        }
        Housing housing = h.housing();
        if (housing == null) {
            return new Outcome(Status.NOT_COMPUTABLE, Money.ZERO);
        }
        // Montant forfaitaire.
        BigDecimal mf = isolated
                ? Money.timesToCent(base, isolationRate)
                        .add(Money.timesToCent(base, isolationPerChild).multiply(BigDecimal.valueOf(dependants)))
                : montantForfaitaire(adults, dependants);
        // Resources: the average of the three reference months, every monthly income of the foyer.
        YearMonth from = month.minusMonths(offset + 2);
        YearMonth to = month.minusMonths(offset);
        BigDecimal total = BigDecimal.ZERO;
        for (Person p : h.persons()) {
            boolean inFoyer = p.role() == Role.APPLICANT || p.role() == Role.PARTNER
                    || (p.role() == Role.CHILD && age(p.birthDate(), lastDay) < dependantAgeLimit);
            if (!inFoyer) {
                continue;
            }
            for (Income in : p.incomes()) {
                if (in.month() != null && !in.month().isBefore(from) && !in.month().isAfter(to)) {
                    total = total.add(in.amount());
                }
            }
        }
        BigDecimal resources = total.divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_UP);
        // Forfait logement.
        int persons = adults + dependants;
        BigDecimal forfait;
        if (housing.housingAid()) {
            forfait = forfaitLogement(persons);
            if (housing.housingAidAmount() != null) {
                forfait = Money.min(forfait, housing.housingAidAmount());
            }
        } else if (housing.status() == HousingStatus.OWNER || housing.status() == HousingStatus.HOUSED_FREE) {
            forfait = forfaitLogement(persons);
        } else {
            forfait = Money.ZERO;
        }
        BigDecimal amount = Money.euros(mf.subtract(resources).subtract(forfait));
        if (amount.signum() <= 0) {
            return new Outcome(Status.INELIGIBLE, Money.ZERO);
        }
        if (amount.compareTo(threshold) < 0) {
            return new Outcome(Status.ELIGIBLE, Money.ZERO);
        }
        return new Outcome(Status.ELIGIBLE, amount);
    }

    private BigDecimal montantForfaitaire(int adults, int dependants) {
        BigDecimal amount = base;
        int persons = adults + dependants;
        for (int k = 2; k <= persons; k++) {
            int dependantRank = k - adults;
            BigDecimal rate = k == 2 ? rate2 : (dependantRank >= 3 ? rateFrom3rd : rate3);
            amount = amount.add(Money.timesToCent(base, rate));
        }
        return amount;
    }

    private BigDecimal forfaitLogement(int persons) {
        int counted = Math.min(persons, 3);
        BigDecimal mf = montantForfaitaire(1, counted - 1);
        BigDecimal rate = counted == 1 ? housing1 : counted == 2 ? housing2 : housing3;
        return Money.timesToCent(mf, rate);
    }

    private static int age(LocalDate birth, LocalDate on) {
        return Period.between(birth, on).getYears();
    }
}
