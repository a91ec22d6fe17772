package io.shale.bench.micro;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks of this package with modest settings and renders their scores. */
public final class MicroBenchmarks {
    private MicroBenchmarks() {
    }

    /** Runs them, JMH's own progress going to {@code log}, and returns the table. */
    public static String run(Path log) throws RunnerException {
        Options options = new OptionsBuilder()
                .output(log.toString())
                .include(MicroBenchmarks.class.getPackageName() + ".*Benchmark")
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        int scriptChars = SplitterBenchmark.script().length();
        StringBuilder out = new StringBuilder("## JMH micro-benchmarks\n\n");
        out.append("1 fork, 3 x 1 s warm-up, 5 x 1 s measurement; average time per call.\n\n");
        out.append("| benchmark | ms/op | error (99.9%) |\n|---|---:|---:|\n");
        for (RunResult r : results) {
            var s = r.getPrimaryResult();
            String name = r.getParams().getBenchmark();
            out.append("| ").append(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3f", s.getScore())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.3f", s.getScoreError())).append(" |\n");
            if (name.endsWith("splitLargeScript")) {
                out.append(String.format(Locale.ROOT, "\nThe splitter's script holds %,d characters: %.0f MB/s.%n%n",
                        scriptChars, scriptChars / 1e6 / (s.getScore() / 1000)));
            }
        }
        return out.toString();
    }
}
