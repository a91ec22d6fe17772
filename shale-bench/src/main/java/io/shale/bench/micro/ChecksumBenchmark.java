package io.shale.bench.micro;

import io.shale.bench.tool.Tools;
import io.shale.bench.workload.GeneratedWorkload;
import io.shale.migration.Checksums;
import io.shale.migration.MigrationLoader;
import io.shale.migration.MigrationSet;
import io.shale.migration.SumFile;
import io.shale.migration.SumFileCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Checksums and {@code shale.sum} over the generated 1,000-migration history: hashing the files,
 * chaining the sum, and the whole read-parse-check that every Shale command does before it
 * connects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChecksumBenchmark {
    private Path dir;
    private List<byte[]> files;
    private MigrationSet set;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("shale-bench-sum-");
        Tools.named("shale").write(GeneratedWorkload.of(1000), dir);
        files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        set = MigrationLoader.load(dir, List.of(), null);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** SHA-256 of 1,000 files after line-ending normalisation. */
    @Benchmark
    public int checksum1000Files() {
        int h = 0;
        for (byte[] f : files) {
            h += Checksums.sha256Hex(Checksums.normalize(f)).hashCode();
        }
        return h;
    }

    /** The chained sum of 1,000 checksums, as written to {@code shale.sum}. */
    @Benchmark
    public SumFile computeSumFile() {
        return SumFile.compute(set.migrations());
    }

    /** Read, parse and checksum 1,000 files, then compare with {@code shale.sum}. */
    @Benchmark
    public SumFileCheck loadAndCheck1000() {
        return SumFile.check(dir, MigrationLoader.load(dir, List.of(), null));
    }
}
