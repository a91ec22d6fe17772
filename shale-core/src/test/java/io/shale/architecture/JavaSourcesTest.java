package io.shale.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.shale.architecture.JavaSources.Literal;
import io.shale.architecture.JavaSources.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the architecture rules see of a file: code without comments and literals, the literals apart. */
class JavaSourcesTest {
    @TempDir
    Path dir;

    private Source read(String text) throws IOException {
        Path file = dir.resolve("Sample.java");
        Files.writeString(file, text);
        return JavaSources.read(file);
    }

    @Test
    void qualifiedNames_inCodeAreReportedWithTheirLine_butNotInCommentsOrStrings() throws IOException {
        Source s = read("""
                package io.shale.sample;

                import io.shale.error.ShaleException;

                /** See {@link io.shale.error.Redaction}. */
                class Sample {
                    // io.shale.dialect.Dialect in a comment
                    String hint = "implement io.shale.data.JavaSeeder";
                    Object leak = io.shale.error.Redaction.url("x");
                }
                """);
        assertThat(s.qualifiedNames()).containsExactly(dir.resolve("Sample.java") + ":9 io.shale.error.Redaction");
        assertThat(s.imports()).extracting(JavaSources.Import::from).containsExactly("io.shale.error");
    }

    @Test
    void literals_areCollectedWithTheirLine_escapesAndTextBlocksIncluded() throws IOException {
        Source s = read("""
                package io.shale.sample;

                class Sample {
                    String a = "postgresql";
                    String b = "say \\"h2\\"";
                    char c = '"';
                    String d = \"""
                        mysql\""";
                }
                """);
        assertThat(s.literals()).extracting(Literal::text, Literal::line).contains(tuple("postgresql", 4));
        assertThat(s.literals()).extracting(Literal::text)
                .anyMatch(t -> t.contains("h2"))
                .anyMatch(t -> t.strip().equals("mysql"))
                .noneMatch(t -> t.equals("\""));
        assertThat(s.pkg()).isEqualTo("io.shale.sample");
    }
}
