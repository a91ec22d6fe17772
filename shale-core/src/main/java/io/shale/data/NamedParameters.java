package io.shale.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition with {@code :name} placeholders turned into JDBC {@code ?} markers, so that values are
 * bound and never spliced. Quoted strings and identifiers, comments and PostgreSQL's {@code ::}
 * casts are left alone.
 *
 * @param sql   the condition with {@code ?} markers
 * @param names the parameter name of each marker, in order (a name may repeat)
 */
public record NamedParameters(String sql, List<String> names) {
    public NamedParameters {
        names = List.copyOf(names);
    }

    public static NamedParameters parse(String condition) {
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = condition.length();
        while (i < n) {
            char c = condition.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(condition, i, c);
                out.append(condition, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && condition.charAt(i + 1) == '-') {
                int end = condition.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(condition, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && condition.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(condition.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(condition.charAt(end)) || condition.charAt(end) == '_')) {
                    end++;
                }
                names.add(condition.substring(i + 1, end));
                out.append('?');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedParameters(out.toString(), names);
    }

    /** The index just past the quote that closes the one at {@code start} (a doubled quote does not close). */
    private static int closing(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
