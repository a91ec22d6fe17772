package io.shale.migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the text of {@code shale.sum}, strictly: anything unexpected is reported with its line. */
final class SumFileParser {
    private static final String TOTAL = "total sha256:";
    private static final String HASH = " sha256:";

    /** Exactly one of the two is set. */
    record Result(SumFile sum, SumFileCheck.Malformed malformed) {
    }

    private SumFileParser() {
    }

    static Result parse(Path file, String text) {
        String[] rows = text.split("\n", -1);
        int count = rows.length;
        if (count > 0 && rows[count - 1].isEmpty()) {
            count--;
        }
        if (count == 0) {
            return bad(file, 1, "the file is empty; expected `total sha256:<hash>`", false);
        }
        String total = null;
        List<SumFile.Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String row = rows[i].endsWith("\r") ? rows[i].substring(0, rows[i].length() - 1) : rows[i];
            int lineNumber = i + 1;
            if (row.startsWith("<<<<<<<") || row.startsWith("=======") || row.startsWith(">>>>>>>")) {
                return bad(file, lineNumber, "git merge conflict marker `" + row + "`", true);
            }
            if (i == 0) {
                if (!row.startsWith(TOTAL) || !isHash(row, TOTAL.length())) {
                    return bad(file, lineNumber, "expected `total sha256:<64 lowercase hex digits>`, found `" + row + "`", false);
                }
                total = row.substring(TOTAL.length());
                continue;
            }
            int space = row.indexOf(HASH);
            if (space <= 0 || row.indexOf(' ') != space || !isHash(row, space + HASH.length())) {
                return bad(file, lineNumber,
                        "expected `<file name> sha256:<64 lowercase hex digits>`, found `" + row + "`", false);
            }
            lines.add(new SumFile.Line(row.substring(0, space), row.substring(space + HASH.length())));
        }
        return new Result(new SumFile(total, lines), null);
    }

    private static boolean isHash(String row, int from) {
        if (row.length() - from != 64) {
            return false;
        }
        for (int i = from; i < row.length(); i++) {
            char c = row.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static Result bad(Path file, int line, String reason, boolean conflict) {
        return new Result(null, new SumFileCheck.Malformed(file, line, reason, conflict));
    }
}
