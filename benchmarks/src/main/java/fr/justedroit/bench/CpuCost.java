package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cost of one household in CPU time and in bytes allocated, measured on the deciding thread
 * itself ({@code ThreadMXBean}), so that other processes on a shared machine move the figure much
 * less than they move a wall-clock throughput. The engines (every benefit; reasons on, reasons off)
 * decide the same 4 096 generated households in alternating rounds; the figures are the median and the
 * best round of the second half (after the JIT has settled).
 *
 * <pre>java -cp ... fr.justedroit.bench.CpuCost [rounds=30]</pre>
 */
public final class CpuCost {
    private CpuCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        String[] names = {"reasons on", "reasons off"};
        List<JusteDroit> engines = List.of(Engines.build("precompiled", true), Engines.build("precompiled", false));
        List<Request> requests = Households.generate(42, EngineState.POOL, EngineState.MONTH);
        double[][] cpu = new double[names.length][rounds];
        double[][] bytes = new double[names.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int e = 0; e < names.length; e++) {
                JusteDroit engine = engines.get(e);
                long c = threads.getCurrentThreadCpuTime();
                long b = threads.getThreadAllocatedBytes(me);
                for (Request r : requests) {
                    engine.decide(r);
                }
                cpu[e][round] = (threads.getCurrentThreadCpuTime() - c) / 1e3 / requests.size();
                bytes[e][round] = (threads.getThreadAllocatedBytes(me) - b) / (double) requests.size();
            }
        }
        for (int e = 0; e < names.length; e++) {
            double[] late = Arrays.copyOfRange(cpu[e], rounds / 2, rounds);
            Arrays.sort(late);
            List<String> series = new ArrayList<>();
            for (double x : cpu[e]) {
                series.add(String.valueOf(Math.round(x)));
            }
            System.out.printf("%-12s cpu_us_per_household median=%.0f best=%.0f allocated_kb_per_household=%.1f "
                            + "(households per second per core at the median: %.0f)%n  rounds: %s%n",
                    names[e], late[late.length / 2], late[0], bytes[e][rounds - 1] / 1024, 1e6 / late[late.length / 2],
                    String.join(" ", series));
        }
    }
}
