package io.shale.bench.micro;

import io.shale.bench.workload.GeneratedWorkload;
import io.shale.bench.workload.Script;
import io.shale.dialect.postgres.PostgresSplitter;
import io.shale.sql.SqlStatement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link PostgresSplitter} on one large script: the generated 3,000-migration history (DDL, string
 * literals, comments) followed by 300 PL/pgSQL functions whose dollar-quoted bodies hold semicolons.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SplitterBenchmark {
    /** The script's length in characters, for throughput. */
    static final int FUNCTIONS = 300;

    private final PostgresSplitter splitter = new PostgresSplitter();
    private String script;

    @Setup
    public void setUp() {
        script = script();
    }

    static String script() {
        StringBuilder sb = new StringBuilder();
        for (Script s : GeneratedWorkload.of(3000).scripts()) {
            sb.append(s.sql());
        }
        for (int i = 0; i < FUNCTIONS; i++) {
            sb.append("/* function ").append(i).append(" */\nCREATE FUNCTION f").append(i)
                    .append("(x integer) RETURNS text LANGUAGE plpgsql AS $body$\nBEGIN\n")
                    .append("    IF x > ").append(i).append(" THEN RETURN 'big; really'; END IF;\n")
                    .append("    RETURN E'small\\'s; ").append(i).append("';\nEND;\n$body$;\n");
        }
        return sb.toString();
    }

    @Benchmark
    public List<SqlStatement> splitLargeScript() {
        return splitter.split(script);
    }
}
