package io.shale.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** SHA-256 helpers shared by migration files, Java migrations and {@code shale.sum}. */
public final class Checksums {
    private Checksums() {
    }

    /** 64 lowercase hex characters: the SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The SHA-256 of {@code text} encoded as UTF-8. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of the first {@code length} bytes of {@code bytes}. */
    public static String sha256Hex(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /**
     * The bytes a migration checksum is computed over: a leading UTF-8 byte order mark removed and
     * every CRLF or lone CR turned into LF, so that a file checked out on Windows keeps its checksum.
     * Working on bytes is safe because no byte of a multi-byte UTF-8 sequence is CR or LF.
     */
    public static byte[] normalize(byte[] raw) {
        byte[] out = raw.clone();
        int n = normalizeInPlace(out);
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * {@link #normalize} without a copy, for a file too large to hold twice: the normalised bytes
     * overwrite the start of {@code raw} (they are never longer), and their length is returned.
     */
    public static int normalizeInPlace(byte[] raw) {
        int start = raw.length >= 3 && raw[0] == (byte) 0xEF && raw[1] == (byte) 0xBB && raw[2] == (byte) 0xBF ? 3 : 0;
        int n = 0;
        for (int i = start; i < raw.length; i++) {
            byte b = raw[i];
            if (b == '\r') {
                raw[n++] = '\n';
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
            } else {
                raw[n++] = b;
            }
        }
        return n;
    }
}
