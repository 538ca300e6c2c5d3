package fr.justedroit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.justedroit.synthetic.HouseholdGenerator;
import fr.justedroit.synthetic.HouseholdLines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming batch: order, bad entries with their lines, the same bytes as one by one, on any number of threads. */
class BatchTest {
    private static final YearMonth MONTH = YearMonth.of(2025, 9);
    private static final int LINES = 200;
    private static final HouseholdLines FILE = new HouseholdLines(new HouseholdGenerator(7), MONTH, YearMonth.of(2023, 1), 13);

    private static byte[] jsonLines() {
        StringBuilder sb = new StringBuilder();
        for (long i = 1; i <= LINES; i++) {
            sb.append(FILE.line(i)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] batch(JusteDroit engine, byte[] input, int threads, int window) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary = engine.batch(BatchOptions.defaults().withThreads(threads).withWindow(window).withLanguage(Language.EN))
                .writeJsonLines(BatchEntry.jsonLines(new ByteArrayInputStream(input), RequestLimits.DEFAULT), out);
        assertThat(summary.entries()).isEqualTo(LINES);
        assertThat(summary.refused()).isEqualTo(LINES / 13);
        assertThat(summary.failed()).isZero();
        return out.toByteArray();
    }

    /** What deciding each line in turn with the public API gives, written as the CLI wrote it before the batch. */
    private static String oneByOne(JusteDroit engine) {
        StringBuilder sb = new StringBuilder();
        for (long i = 1; i <= LINES; i++) {
            try {
                sb.append(engine.toJsonLine(engine.decide(Requests.fromJson(FILE.line(i))), Language.EN));
            } catch (InvalidRequestException e) {
                sb.append(JusteDroit.errorJsonLine("line " + i + " breaks the contract", e.errors(), (int) i));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    @Test
    void anyNumberOfThreadsWritesTheBytesOfOneByOneDecisionsInTheOrderOfTheLines() throws IOException {
        JusteDroit engine = TestEngines.toy();
        byte[] input = jsonLines();
        String expected = oneByOne(engine);
        byte[] one = batch(engine, input, 1, 1);
        assertThat(new String(one, StandardCharsets.UTF_8)).isEqualTo(expected);
        // A small window keeps the workers waiting on the writer; a large one lets them run ahead.
        assertThat(batch(engine, input, 4, 4)).isEqualTo(one);
        assertThat(batch(engine, input, 3, 64)).isEqualTo(one);
        assertThat(batch(engine, input, 2, 2)).isEqualTo(one);
    }

    @Test
    void badLinesGetTheirErrorWithTheirLineAndTheOthersAreDecided() {
        List<BatchEntry> entries = new ArrayList<>();
        for (long i = 1; i <= LINES; i++) {
            entries.add(new BatchEntry.Json(i, FILE.line(i)));
        }
        List<BatchResult> results;
        try (Stream<BatchResult> s = TestEngines.toy().batch(BatchOptions.defaults().withThreads(3)).results(entries.iterator())) {
            results = s.toList();
        }
        assertThat(results).hasSize(LINES);
        for (int i = 0; i < LINES; i++) {
            BatchResult r = results.get(i);
            long line = i + 1;
            assertThat(r.line()).isEqualTo(line);
            if (FILE.isBad(line)) {
                assertThat(r.outcome()).as("line %d", line).isEqualTo(BatchResult.Outcome.REFUSED);
                assertThat(r.message()).isEqualTo("line " + line + " breaks the contract");
                assertThat(r.errors()).isNotEmpty();
                assertThat(r.response()).isNull();
            } else {
                assertThat(r.outcome()).as("line %d", line).isEqualTo(BatchResult.Outcome.DECIDED);
                assertThat(r.response()).isEqualTo(TestEngines.toy().decide(Requests.fromJson(FILE.line(line))));
            }
        }
    }

    @Test
    void theLinesOfAStreamAreNumberedBlankLinesIncludedAndUnreadableOnesAreReported() throws IOException {
        String good = FILE.line(1);
        RequestLimits limits = RequestLimits.DEFAULT.withMaxChars(good.length() + 10);
        String tooLong = "{\"month\": \"2025-09\"," + " ".repeat(3 * limits.maxChars() + 10) + "}";
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes((good + "\r\n\n   \n").getBytes(StandardCharsets.UTF_8));        // lines 1 (CRLF), 2 and 3 blank
        input.writeBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // line 4: not UTF-8
        input.writeBytes((tooLong + "\n").getBytes(StandardCharsets.UTF_8));                 // line 5: too long to hold
        input.writeBytes(good.getBytes(StandardCharsets.UTF_8));                           // line 6, no final line break
        List<BatchResult> results;
        try (Stream<BatchResult> s = TestEngines.toy().batch(BatchOptions.defaults().withThreads(2).withLimits(limits))
                .results(BatchEntry.jsonLines(new ByteArrayInputStream(input.toByteArray()), limits))) {
            results = s.toList();
        }
        assertThat(results).extracting(BatchResult::line).containsExactly(1L, 4L, 5L, 6L);
        assertThat(results).extracting(BatchResult::outcome).containsExactly(BatchResult.Outcome.DECIDED,
                BatchResult.Outcome.REFUSED, BatchResult.Outcome.REFUSED, BatchResult.Outcome.DECIDED);
        assertThat(results.get(1).errors().get(0).problem()).isEqualTo("the line is not valid UTF-8 text");
        assertThat(results.get(2).errors().get(0).problem()).isEqualTo("the line has " + tooLong.length() + " bytes");
        assertThat(results.get(2).errors().get(0).path()).isEqualTo("(request)");
        assertThat(results.get(3).response()).isEqualTo(results.get(0).response());
    }

    @Test
    void aLazyBatchRefusesLinesThatDoNotReadWithoutBuildingItsEngine() throws IOException {
        AtomicInteger builds = new AtomicInteger();
        Batch batch = Batch.lazy(() -> {
            builds.incrementAndGet();
            throw new RuleSetException(List.of(new LoadProblem("x.drl", 3, "rule", "does not compile")));
        }, BatchOptions.defaults().withThreads(2));
        byte[] bad = "not json\n{\"month\":\"2025-09\"}\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchSummary summary = batch.writeJsonLines(BatchEntry.jsonLines(new ByteArrayInputStream(bad), RequestLimits.DEFAULT), out);
        assertThat(summary).isEqualTo(new BatchSummary(0, 2, 0));
        assertThat(builds).hasValue(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"error\":{\"line\":1,\"message\":\"line 1 breaks the contract\"");

        // A line that reads builds the engine, once, and its failure ends the batch after the lines before it.
        byte[] mixed = ("not json\n" + FILE.line(1) + "\n" + FILE.line(2) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        assertThatThrownBy(() -> batch.writeJsonLines(BatchEntry.jsonLines(new ByteArrayInputStream(mixed), RequestLimits.DEFAULT), partial))
                .isInstanceOf(RuleSetException.class);
        assertThat(builds).hasValue(1);
        assertThat(partial.toString(StandardCharsets.UTF_8)).startsWith("{\"error\":{\"line\":1,");
    }

    @Test
    void aLazyBatchBuildsItsEngineOnceWhateverTheThreads() throws IOException {
        AtomicInteger builds = new AtomicInteger();
        Batch batch = Batch.lazy(() -> {
            builds.incrementAndGet();
            return TestEngines.toy();
        }, BatchOptions.defaults().withThreads(4).withLanguage(Language.EN));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        batch.writeJsonLines(BatchEntry.jsonLines(new ByteArrayInputStream(jsonLines()), RequestLimits.DEFAULT), out);
        assertThat(builds).hasValue(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(oneByOne(TestEngines.toy()));
    }

    @Test
    void entriesAlreadyReadAreDecidedAndAStreamLeftOpenCanBeClosedEarly() {
        HouseholdGenerator generator = new HouseholdGenerator(3);
        Iterator<BatchEntry> endless = Stream.iterate(1L, i -> i + 1)
                .map(i -> (BatchEntry) new BatchEntry.Parsed(i, generator.household(i, MONTH))).iterator();
        List<BatchResult> first;
        try (Stream<BatchResult> s = TestEngines.toy().batch(BatchOptions.defaults().withThreads(2)).results(endless)) {
            first = s.limit(50).toList();
        }
        assertThat(first).extracting(BatchResult::line).containsExactlyElementsOf(Stream.iterate(1L, i -> i + 1).limit(50).toList());
        assertThat(first.get(9).response()).isEqualTo(TestEngines.toy().decide(generator.household(10, MONTH)));
    }

    @Test
    void optionsRefuseNoThreadsAndAWindowSmallerThanTheThreads() {
        assertThatThrownBy(() -> BatchOptions.defaults().withThreads(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatchOptions.defaults().withThreads(4).withWindow(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one entry per thread");
    }
}
