package fr.justedroit.bench;

import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.Requests;
import fr.justedroit.Response;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the CPU time of one line of {@code evaluate FILE.jsonl} goes, phase by phase, on one thread:
 * reading the line into a request, deciding it, writing the response as a JSON line. Measured with the
 * thread's own CPU clock and allocation counter ({@code ThreadMXBean}), which other processes move much
 * less than wall-clock time; the figures are medians of the second half of the rounds (after the JIT).
 *
 * <pre>java -cp ... fr.justedroit.bench.PhaseCost FILE.jsonl [lines=2000] [rounds=12]</pre>
 */
public final class PhaseCost {
    private PhaseCost() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        List<String> input = new ArrayList<>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; input.size() < lines && (line = reader.readLine()) != null; ) {
                input.add(line);
            }
        }
        JusteDroit engine = JusteDroit.builder().catalog().build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        String[] phases = {"read", "decide", "write"};
        double[][] cpu = new double[3][rounds];
        double[][] bytes = new double[3][rounds];
        Request[] requests = new Request[input.size()];
        Response[] responses = new Response[input.size()];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long c = threads.getCurrentThreadCpuTime();
            long b = threads.getThreadAllocatedBytes(me);
            for (int i = 0; i < requests.length; i++) {
                requests[i] = Requests.fromJson(input.get(i));
            }
            cpu[0][round] = threads.getCurrentThreadCpuTime() - c;
            bytes[0][round] = threads.getThreadAllocatedBytes(me) - b;
            c = threads.getCurrentThreadCpuTime();
            b = threads.getThreadAllocatedBytes(me);
            for (int i = 0; i < requests.length; i++) {
                responses[i] = engine.decide(requests[i]);
            }
            cpu[1][round] = threads.getCurrentThreadCpuTime() - c;
            bytes[1][round] = threads.getThreadAllocatedBytes(me) - b;
            c = threads.getCurrentThreadCpuTime();
            b = threads.getThreadAllocatedBytes(me);
            for (Response r : responses) {
                sink += engine.toJsonLine(r, Language.FR).length();
            }
            cpu[2][round] = threads.getCurrentThreadCpuTime() - c;
            bytes[2][round] = threads.getThreadAllocatedBytes(me) - b;
            // The warm-up curve: the JIT's work shows as the early rounds' extra cost.
            System.out.printf("  round %2d: read %7.1f  decide %7.1f  write %7.1f us cpu per line%n", round + 1,
                    cpu[0][round] / 1e3 / requests.length, cpu[1][round] / 1e3 / requests.length, cpu[2][round] / 1e3 / requests.length);
        }
        System.out.printf("%s: %d lines, %d rounds (output %d chars)%n", file.getFileName(), requests.length, rounds, sink);
        double total = 0;
        for (int p = 0; p < phases.length; p++) {
            double us = median(cpu[p], rounds) / 1e3 / requests.length;
            total += us;
            System.out.printf("  %-6s %7.1f us cpu  %7.1f KB allocated per line%n", phases[p], us,
                    median(bytes[p], rounds) / 1024 / requests.length);
        }
        System.out.printf("  total  %7.1f us cpu per line (%.0f lines per second per core)%n", total, 1e6 / total);
    }

    private static double median(double[] values, int rounds) {
        double[] late = Arrays.copyOfRange(values, rounds / 2, rounds);
        Arrays.sort(late);
        return late[late.length / 2];
    }
}
