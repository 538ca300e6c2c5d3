package fr.justedroit.bench;

import fr.justedroit.Decision;
import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Response;
import fr.justedroit.Status;
import fr.justedroit.synthetic.HouseholdGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole population through the public API in constant memory, as a mass simulation does it: worker
 * threads take households by blocks of indexes from the seeded generator, decide each one with
 * {@code engine.decide} and add up what they need (eligible households and amounts per benefit); no
 * household or response is kept. Prints the time from the first decision to the last, the households
 * per second, and the peak heap used.
 *
 * <pre>java -Xmx1g -cp ... fr.justedroit.bench.Population [households=1000000] [threads=2] [reasons=true] [month=2025-06]</pre>
 */
public final class Population {
    private static final int BLOCK = 1000;

    private Population() {
    }

    public static void main(String[] args) throws InterruptedException {
        long households = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        boolean reasons = args.length <= 2 || Boolean.parseBoolean(args[2]);
        YearMonth month = args.length > 3 ? YearMonth.parse(args[3]) : EngineState.MONTH;
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        JusteDroit engine = Engines.build("precompiled", reasons);
        long ready = System.currentTimeMillis();
        HouseholdGenerator generator = new HouseholdGenerator(42);
        AtomicLong nextBlock = new AtomicLong();
        List<Map<String, BigDecimal[]>> totals = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Map<String, BigDecimal[]> mine = new TreeMap<>();
            totals.add(mine);
            Thread worker = new Thread(() -> {
                for (long block = nextBlock.getAndIncrement(); block * BLOCK < households; block = nextBlock.getAndIncrement()) {
                    long end = Math.min(households, (block + 1) * BLOCK);
                    for (long i = block * BLOCK; i < end; i++) {
                        Request r = generator.household(i, month);
                        Response response = engine.decide(r);
                        for (Decision d : response.decisions()) {
                            if (d.status() == Status.ELIGIBLE) {
                                BigDecimal[] sum = mine.computeIfAbsent(d.benefit(),
                                        b -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                                sum[0] = sum[0].add(BigDecimal.ONE);
                                sum[1] = sum[1].add(d.amount());
                            }
                        }
                    }
                }
            }, "population-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, BigDecimal[]> all = new TreeMap<>();
        for (Map<String, BigDecimal[]> m : totals) {
            m.forEach((benefit, sum) -> all.merge(benefit, sum,
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])}));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("households=%d threads=%d reasons=%s jvm_to_ready_s=%.1f decide_s=%.1f "
                        + "households_per_s=%.0f total_s=%.1f peak_heap_mb=%.0f max_heap_mb=%.0f%n",
                households, threads, reasons, (ready - jvmStart) / 1000.0, seconds, households / seconds,
                (System.currentTimeMillis() - jvmStart) / 1000.0, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        all.forEach((benefit, sum) -> System.out.printf("  %s: %s eligible, %s euros%n", benefit,
                sum[0].toPlainString(), sum[1].toPlainString()));
    }
}
