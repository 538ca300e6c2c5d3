package fr.justedroit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place ({@code \r}) a few times a second on stderr:
 * {@code [##########..........]  51 %  57 630/113 000 households  2 410/s  ETA 23 s}.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final LongSupplier done;
    private final String unit;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;

    private ProgressBar(PrintWriter err, long total, LongSupplier done, String unit) {
        this.err = err;
        this.total = total;
        this.done = done;
        this.unit = unit;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "justedroit-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Starts a bar, or returns a no-op when {@code show} is false. */
    static AutoCloseable start(boolean show, PrintWriter err, long total, LongSupplier done, String unit) {
        return show ? new ProgressBar(err, total, done, unit) : () -> { };
    }

    /**
     * Whether stderr is a terminal. Java 17 cannot ask directly: on Linux, fd 2 is a link to a tty or
     * a pts device; elsewhere, the console's presence stands for it.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    private synchronized void draw() {
        long d = done.getAsLong();
        double seconds = (System.nanoTime() - start) / 1e9;
        double fraction = total == 0 ? 1 : Math.min(1, d / (double) total);
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = d / Math.max(1e-9, seconds);
        String eta = rate > 0 && d < total ? String.format(Locale.UK, "  ETA %d s", Math.round((total - d) / rate)) : "";
        err.print(String.format(Locale.UK, "\r[%s%s] %3d %%  %s/%s %s  %s/s%s   ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                Math.round(fraction * 100), group(d), group(total), unit, group(Math.round(rate)), eta));
        err.flush();
    }

    private static String group(long n) {
        return String.format(Locale.UK, "%,d", n).replace(',', ' ');
    }

    @Override
    public void close() {
        timer.shutdownNow();
        draw();
        err.println();
        err.flush();
    }
}
