package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.Request;
import fr.justedroit.Response;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Cold start, measured in the JVM it starts: the time from the JVM's start (as the operating system
 * recorded it) to a ready engine (every rule set of the catalog compiled), then to the first decision,
 * and the heap the ready engine holds (used heap after a full GC, with and without the engine).
 *
 * <p>Run it in a fresh JVM each time: {@code java -cp ... fr.justedroit.bench.ColdStart [classic|executable]}.
 * It prints one line of {@code key=value} pairs.
 */
public final class ColdStart {
    private ColdStart() {
    }

    public static void main(String[] args) throws InterruptedException {
        String compiler = args.length > 0 ? args[0] : "classic";
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        JusteDroit engine = Engines.build(compiler, true);
        long ready = System.currentTimeMillis();
        List<Request> one = Households.generate(1, 1, EngineState.MONTH);
        Response first = engine.decide(one.get(0));
        long firstDecision = System.currentTimeMillis();
        long withEngine = usedAfterGc(memory);
        int decisions = first.decisions().size();
        int rules = engine.catalog().rules().size();
        engine = null;
        first = null;
        long withoutEngine = usedAfterGc(memory);
        System.out.printf("compiler=%s jvm_to_main_ms=%d jvm_to_ready_ms=%d build_ms=%d first_decision_ms=%d "
                        + "heap_with_engine_mb=%.1f heap_without_engine_mb=%.1f engine_heap_mb=%.1f rules=%d decisions=%d%n",
                compiler, mainStart - jvmStart, ready - jvmStart, ready - mainStart, firstDecision - ready,
                withEngine / 1048576.0, withoutEngine / 1048576.0, (withEngine - withoutEngine) / 1048576.0,
                rules, decisions);
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
