package io.shale.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java files of one source tree as architecture tests read them: package, imports, string
 * literals and the code with comments and literals blanked out (line numbers kept), so a rule over
 * code never matches prose. Shared by every module's {@code ArchitectureTest} through core's test-jar;
 * reads files only, JDK only.
 */
public final class JavaSources {
    private static final Pattern PACKAGE = Pattern.compile("^package ([a-zA-Z0-9_.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([a-zA-Z0-9_.]+)\\.([A-Za-z0-9_*]+);",
            Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bio\\.shale\\.(?:[a-z0-9_]+\\.)*[A-Z][A-Za-z0-9_]*");

    /** An import: the package (or, for a static import, the class) it names, and its line. */
    public record Import(String from, int line) {
        /** The package imported from: {@link #from()} without its class names. */
        public String pkg() {
            String p = from;
            while (p.contains(".") && Character.isUpperCase(p.charAt(p.lastIndexOf('.') + 1))) {
                p = p.substring(0, p.lastIndexOf('.'));
            }
            return p;
        }
    }

    /** A string literal (text block or ordinary) as written between its quotes, and its first line. */
    public record Literal(String text, int line) {
    }

    /** One file: its path, package, imports, literals and code with comments and literals blanked. */
    public record Source(Path file, String pkg, List<Import> imports, List<Literal> literals, String code) {
        /** {@code file:line} for messages. */
        public String at(int line) {
            return file + ":" + line;
        }

        /**
         * Fully qualified {@code io.shale.} class names in code (outside package and import lines,
         * comments and literals), as {@code file:line name}: a way to use a class without the
         * import the layer rules check.
         */
        public List<String> qualifiedNames() {
            List<String> out = new ArrayList<>();
            String[] lines = code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("package ") || lines[i].startsWith("import ")) {
                    continue;
                }
                Matcher m = QUALIFIED.matcher(lines[i]);
                while (m.find()) {
                    out.add(at(i + 1) + " " + m.group());
                }
            }
            return out;
        }
    }

    private JavaSources() {
    }

    /** Every {@code .java} file under {@code root}, in path order. */
    public static List<Source> under(Path root) {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.add(read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Source read(Path file) throws IOException {
        String text = Files.readString(file);
        List<Literal> literals = new ArrayList<>();
        String code = blank(text, literals);
        Matcher pkg = PACKAGE.matcher(code);
        if (!pkg.find()) {
            throw new IllegalStateException("no package line in " + file);
        }
        List<Import> imports = new ArrayList<>();
        Matcher imp = IMPORT.matcher(code);
        while (imp.find()) {
            imports.add(new Import(imp.group(2), lineOf(code, imp.start())));
        }
        return new Source(file, pkg.group(1), List.copyOf(imports), List.copyOf(literals), code);
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    /**
     * The text with comments, string and char literals replaced by spaces (newlines kept); collects
     * the string literals on the way. A small lexer: enough for well-formed Java.
     */
    private static String blank(String s, List<Literal> literals) {
        StringBuilder out = new StringBuilder(s.length());
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
                literals.add(new Literal(s.substring(i + 3, Math.max(i + 3, end - 3)), line));
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, s.length());
                if (c == '"') {
                    literals.add(new Literal(s.substring(i + 1, Math.max(i + 1, end - 1)), line));
                }
            } else {
                out.append(c);
                line += c == '\n' ? 1 : 0;
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                char b = s.charAt(k);
                out.append(b == '\n' ? '\n' : ' ');
                line += b == '\n' ? 1 : 0;
            }
            i = end;
        }
        return out.toString();
    }
}
