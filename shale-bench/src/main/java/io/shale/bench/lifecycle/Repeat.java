package io.shale.bench.lifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes turns: within each repetition every contender runs once (Shale, then its alternative), so
 * a change in the machine's load touches both alike. Warm-up repetitions come first and are not
 * kept. A contender may take part in fewer repetitions than the others (an alternative that runs
 * for tens of seconds): it then runs in the last of the warm-up repetitions and the first measured
 * ones. Only {@link Contender#timed} is measured; {@link Contender#prepare} (e.g. refilling the
 * tables) and {@link Contender#after} (checks) are not.
 */
final class Repeat {
    interface Step {
        void run() throws Exception;
    }

    /**
     * @param warmup its warm-up runs, at most the schedule's
     * @param runs   its measured runs, at most the schedule's
     */
    record Contender(String key, Step prepare, Step timed, Step after, int warmup, int runs) {
        Contender(String key, Step prepare, Step timed, Step after) {
            this(key, prepare, timed, after, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }

        Contender(String key, Step timed) {
            this(key, () -> { }, timed, () -> { });
        }

        /** The same contender with at most {@code warmup} warm-up and {@code runs} measured runs. */
        Contender limit(int warmup, int runs) {
            return new Contender(key, prepare, timed, after, warmup, runs);
        }
    }

    private Repeat() {
    }

    static Map<String, Samples> alternate(int warmup, int runs, List<Contender> contenders) throws Exception {
        Map<String, Samples> out = new LinkedHashMap<>();
        for (Contender c : contenders) {
            out.put(c.key(), new Samples());
        }
        for (int r = -warmup; r < runs; r++) {
            for (Contender c : contenders) {
                if (r < -c.warmup() || r >= c.runs()) {
                    continue;
                }
                double ms = once(c);
                if (r >= 0) {
                    out.get(c.key()).add(ms);
                }
            }
        }
        return out;
    }

    /** One run of one contender; the milliseconds of its timed step. */
    static double once(Contender c) throws Exception {
        c.prepare().run();
        System.gc();
        long start = System.nanoTime();
        c.timed().run();
        double ms = (System.nanoTime() - start) / 1e6;
        c.after().run();
        return ms;
    }
}
