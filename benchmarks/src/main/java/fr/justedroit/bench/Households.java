package fr.justedroit.bench;

import fr.justedroit.Request;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.time.YearMonth;
import java.util.List;

/** The households of the benchmarks: the project's seeded population generator. */
public final class Households {
    private Households() {
    }

    /** Households 0 to {@code count - 1} of {@code seed} for {@code month}. */
    public static List<Request> generate(long seed, int count, YearMonth month) {
        return new HouseholdGenerator(seed).households(month, count).toList();
    }
}
