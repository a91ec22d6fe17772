package io.shale.error;

import java.util.regex.Pattern;

/** Removes passwords from JDBC URLs and free text before they reach any output, error or log. */
public final class Redaction {
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@\\s]*:)[^@/\\s]*@");
    private static final Pattern PASSWORD_PARAM =
            Pattern.compile("(?i)((?:password|pwd|passwd|sslpassword)\\s*=\\s*)([^&;\\s]*)");

    private Redaction() {
    }

    /** Returns {@code url} with any password in user-info or in a password parameter replaced by {@code ***}. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String out = USERINFO.matcher(url).replaceAll("$1***@");
        return PASSWORD_PARAM.matcher(out).replaceAll("$1***");
    }

    /** Replaces every occurrence of {@code secret} in {@code text}; a blank secret changes nothing. */
    public static String secret(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "***");
    }
}
