package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DotEnvTest {

    record Valid(String name, List<String> lines, Map<String, String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Invalid(String name, List<String> lines, int line, String problem) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Valid> valid() {
        return Stream.of(
                new Valid("plain pair", List.of("A=1"), Map.of("A", "1")),
                new Valid("export prefix", List.of("export A=1"), Map.of("A", "1")),
                new Valid("comments and blank lines", List.of("# top", "", "   # indented", "A=1", ""), Map.of("A", "1")),
                new Valid("spaces around the equals sign", List.of("  A = 1  "), Map.of("A", "1")),
                new Valid("empty value", List.of("A="), Map.of("A", "")),
                new Valid("unquoted value with spaces", List.of("A=hello world"), Map.of("A", "hello world")),
                new Valid("inline comment after unquoted value", List.of("A=1 # one"), Map.of("A", "1")),
                new Valid("hash without space is part of the value", List.of("A=pa#ss"), Map.of("A", "pa#ss")),
                new Valid("only a comment after the equals sign", List.of("A= # nothing"), Map.of("A", "")),
                new Valid("equals sign inside the value", List.of("URL=jdbc:x?a=b"), Map.of("URL", "jdbc:x?a=b")),
                new Valid("single quotes are literal", List.of("A='x\\n $B # not a comment'"),
                        Map.of("A", "x\\n $B # not a comment")),
                new Valid("double quotes understand escapes", List.of("A=\"line1\\nline2 \\\"q\\\" \\\\ \\t\""),
                        Map.of("A", "line1\nline2 \"q\" \\ \t")),
                new Valid("unknown escape is kept", List.of("A=\"a\\qb\""), Map.of("A", "a\\qb")),
                new Valid("comment after a quoted value", List.of("A='x' # c", "B=\"y\"   #c"), Map.of("A", "x", "B", "y")),
                new Valid("empty quotes", List.of("A=''", "B=\"\""), Map.of("A", "", "B", "")),
                new Valid("later line wins", List.of("A=1", "A=2"), Map.of("A", "2")),
                new Valid("byte order mark", List.of("\uFEFFA=1"), Map.of("A", "1")),
                new Valid("variable named export", List.of("export=1"), Map.of("export", "1")),
                new Valid("values are not expanded", List.of("A=${B}"), Map.of("A", "${B}")));
    }

    static Stream<Invalid> invalid() {
        return Stream.of(
                new Invalid("no equals sign", List.of("A=1", "JUSTTEXT"), 2, "no `=`"),
                new Invalid("empty name", List.of("=1"), 1, "not a variable name"),
                new Invalid("name with a dash", List.of("MY-VAR=1"), 1, "not a variable name"),
                new Invalid("name starting with a digit", List.of("1A=1"), 1, "not a variable name"),
                new Invalid("unclosed single quote", List.of("", "A='abc"), 2, "single quote that is not closed"),
                new Invalid("unclosed double quote", List.of("A=\"abc\\\""), 1, "double quote that is not closed"),
                new Invalid("text after the closing quote", List.of("A='abc'def"), 1, "after the closing quote"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parse_reads(Valid c) {
        assertThat(DotEnv.parse(c.lines(), ".env")).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void parse_refuses(Invalid c) {
        ShaleException e = catchThrowableOfType(ShaleException.class, () -> DotEnv.parse(c.lines(), "app/.env"));

        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_ENV_FILE_INVALID);
        assertThat(e.getMessage()).startsWith("app/.env:" + c.line() + ": ").contains(c.problem());
        assertThat(e.hint()).contains("KEY=VALUE");
    }

    @Test
    void parse_neverQuotesTheLine() {
        ShaleException e = catchThrowableOfType(ShaleException.class,
                () -> DotEnv.parse(List.of("PASSWORD hunter2"), ".env"));

        assertThat(e.getMessage()).doesNotContain("hunter2");
    }
}
