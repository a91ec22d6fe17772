package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code .env} reader accepts and reads what python-dotenv does. */
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
                new Valid("a hash right after the equals sign is a value", List.of("A= # nothing"),
                        Map.of("A", "# nothing")),
                new Valid("equals sign inside the value", List.of("URL=jdbc:x?a=b"), Map.of("URL", "jdbc:x?a=b")),
                new Valid("single quotes keep \\n and $B", List.of("A='x\\n $B # not a comment'"),
                        Map.of("A", "x\\n $B # not a comment")),
                new Valid("double quotes understand escapes", List.of("A=\"line1\\nline2 \\\"q\\\" \\\\ \\t\""),
                        Map.of("A", "line1\nline2 \"q\" \\ \t")),
                new Valid("unknown escape is kept", List.of("A=\"a\\qb\""), Map.of("A", "a\\qb")),
                new Valid("comment after a quoted value", List.of("A='x' # c", "B=\"y\"   #c"), Map.of("A", "x", "B", "y")),
                new Valid("empty quotes", List.of("A=''", "B=\"\""), Map.of("A", "", "B", "")),
                new Valid("later line wins", List.of("A=1", "A=2"), Map.of("A", "2")),
                new Valid("byte order mark", List.of("\uFEFFA=1"), Map.of("A", "1")),
                new Valid("variable named export", List.of("export=1"), Map.of("export", "1")),
                new Valid("a bare name is declared without a value", List.of("DEBUG", "A=1"), Map.of("A", "1")),
                new Valid("a bare name with a comment", List.of("DEBUG # on", "A=1"), Map.of("A", "1")),
                new Valid("double-quoted value over lines", List.of("KEY=\"-----BEGIN-----", "abc", "-----END-----\"",
                        "B=2"), Map.of("KEY", "-----BEGIN-----\nabc\n-----END-----", "B", "2")),
                new Valid("single-quoted value over lines", List.of("A='one", "two'"), Map.of("A", "one\ntwo")),
                new Valid("reference to an earlier binding", List.of("HOST=db", "URL=jdbc:postgresql://${HOST}/app"),
                        Map.of("HOST", "db", "URL", "jdbc:postgresql://db/app")),
                new Valid("reference in double quotes", List.of("A=x", "B=\"${A}y\""), Map.of("A", "x", "B", "xy")),
                new Valid("reference with a default", List.of("A=${NOPE:-d}"), Map.of("A", "d")),
                new Valid("unset reference is empty", List.of("A=[${NOPE}]"), Map.of("A", "[]")),
                new Valid("a later binding is not seen by an earlier one", List.of("A=${B}", "B=1"),
                        Map.of("A", "", "B", "1")),
                new Valid("names python-dotenv accepts", List.of("MY-VAR=1", "1A=2"), Map.of("MY-VAR", "1", "1A", "2")),
                new Valid("quoted name", List.of("'A'=1"), Map.of("A", "1")),
                new Valid("windows line ends", List.of("A=1\r", "B=2\r"), Map.of("A", "1", "B", "2")));
    }

    static Stream<Invalid> invalid() {
        return Stream.of(
                new Invalid("empty name", List.of("=1"), 1, "variable name"),
                new Invalid("two words", List.of("A=1", "JUST TEXT"), 2, "after the name JUST"),
                new Invalid("unclosed single quote", List.of("", "A='abc"), 2, "single quote that is never closed"),
                new Invalid("unclosed double quote", List.of("A=\"abc\\\""), 1, "double quote that is never closed"),
                new Invalid("text after the closing quote", List.of("A='abc'def"), 1, "after the value of A"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void parse_reads(Valid c) {
        DotEnv.Contents contents = DotEnv.parse(c.lines());
        assertThat(contents.values()).isEqualTo(c.expected());
        assertThat(contents.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void parse_skipsAStatementItCannotRead_andRemembersItsLine(Invalid c) {
        DotEnv.Contents contents = DotEnv.parse(new ArrayList<>(List.of("BEFORE=1")) {
            {
                addAll(c.lines());
                add("AFTER=2");
            }
        });

        assertThat(contents.problems()).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(c.line() + 1);
            assertThat(p.problem()).contains(c.problem());
        });
        assertThat(contents.values()).containsEntry("BEFORE", "1").containsEntry("AFTER", "2");
    }

    @Test
    void parse_neverQuotesTheValue() {
        DotEnv.Contents contents = DotEnv.parse(List.of("PASSWORD='hunter2"));

        assertThat(contents.problems()).singleElement().satisfies(p -> assertThat(p.problem()).doesNotContain("hunter2"));
    }

    @Test
    void parse_theProcessEnvironmentWinsInsideReferences() {
        DotEnv.Contents contents = DotEnv.parse("HOST=file\nURL=${HOST}/app\n", Map.of("HOST", "process"));

        assertThat(contents.values()).containsEntry("URL", "process/app");
    }

    @TempDir
    Path dir;

    /** Every valid case read by the real python-dotenv gives the same values (when Debian's is installed). */
    @Test
    void parse_readsWhatPythonDotenvReads() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python) && run(python, "import dotenv").isPresent(),
                "python-dotenv is not installed for /usr/bin/python3 (Debian package python3-dotenv)");
        List<Valid> cases = valid().filter(c -> !c.name().equals("byte order mark")).toList();
        for (Valid c : cases) {
            Path env = dir.resolve(c.name().replace(' ', '_') + ".env");
            Files.writeString(env, String.join("\n", c.lines()) + "\n", StandardCharsets.UTF_8);
            String script = "import json,sys\nfrom dotenv import dotenv_values\n"
                    + "v = dotenv_values(sys.argv[1])\n"
                    + "print(json.dumps({k: x for k, x in v.items() if x is not None}, sort_keys=True))\n";
            String json = run(python, script, env.toString()).orElseThrow();
            Map<String, String> expected = new java.util.TreeMap<>(c.expected());
            assertThat(json.strip()).as(c.name()).isEqualTo(toJson(expected));
        }
    }

    private static java.util.Optional<String> run(Path python, String script, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return java.util.Optional.empty();
        }
        return p.exitValue() == 0 ? java.util.Optional.of(out) : java.util.Optional.empty();
    }

    /** Python's {@code json.dumps(sort_keys=True)} for a map of strings. */
    private static String toJson(Map<String, String> map) {
        Map<String, String> sorted = new LinkedHashMap<>(new java.util.TreeMap<>(map));
        StringBuilder out = new StringBuilder("{");
        sorted.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(quote(k)).append(": ").append(quote(v)));
        return out.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
