package fr.justedroit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A suspension of the household's RSA decided by the président du conseil départemental (CASF art.
 * L262-37): « le versement du revenu de solidarité active est suspendu, en tout ou partie » for a time,
 * when a member fails the duties of his contrat d'engagement. The engine does not decide the sanction:
 * the caller gives the decision, and the RSA of each month it covers is reduced by its percentage.
 *
 * <p>Since 1 June 2025 (décret n° 2025-478 du 30 mai 2025, « suspension-remobilisation », CASF art.
 * R262-68 as it amended it) the suspension is 30 % to 100 % of the allocation, for one to two months on
 * a first failure and up to four months on a repeated one, and at most 50 % when the foyer has more than
 * one person; the sums suspended are paid back when the person complies again ({@code remobilisation}).
 * Before that date, R262-68 allowed any part up to 80 % (then any part), one to four months, 50 % at most
 * for a foyer of more than one person. {@code RequestChecks} refuses a sanction outside these bounds.
 *
 * <p>A sanction lifted because the person complied again is not a sanction of the months it covered:
 * the caller leaves it out of the request (the sums are due for those months).
 *
 * @param suspendedPercentage the part of the allocation suspended, in percent (30 to 100 since 2025-06-01)
 * @param from the first month suspended
 * @param until the last month suspended (at most four months in all)
 */
public record RsaSanction(BigDecimal suspendedPercentage, YearMonth from, YearMonth until) {

    public RsaSanction {
        Objects.requireNonNull(suspendedPercentage, "suspendedPercentage");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** Whether {@code month} is one of the months suspended. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(until);
    }
}
