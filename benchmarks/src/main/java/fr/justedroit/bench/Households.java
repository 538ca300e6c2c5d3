package fr.justedroit.bench;

import fr.justedroit.Request;
import java.time.YearMonth;
import java.util.List;

/** The households of the benchmarks (seeded). */
public final class Households {
    private Households() {
    }

    public static List<Request> generate(long seed, int count, YearMonth month) {
        return StandInHouseholds.generate(seed, count, month);
    }
}
