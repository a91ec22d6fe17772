package io.shale.migration;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A SQL migration file as Shale reads it: its text, with line endings normalised to LF and no
 * byte order mark, and the checksum of that text (see {@link Migration#checksum()}).
 *
 * <p>Reading costs about twice the file's size at its peak and then holds the text once: the
 * bytes are normalised where they were read, checked as UTF-8 through a small buffer, and turned
 * into a {@code String}, which stores Latin-1 text at one byte per character.
 *
 * @param text     the normalised text
 * @param checksum 64 lowercase hex characters
 */
record MigrationText(String text, String checksum) {

    /** A UTF-8 check needs no more than this many characters in hand at a time. */
    private static final int CHECK_BUFFER = 8192;

    /**
     * Reads {@code file}.
     *
     * @throws ShaleException MIGRATION_UNREADABLE when the file cannot be read or is not valid UTF-8
     */
    static MigrationText read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE, "cannot read " + file + ": " + e,
                    "check that the file exists and is readable", e);
        }
        int length = Checksums.normalizeInPlace(bytes);
        checkUtf8(file, bytes, length);
        return new MigrationText(new String(bytes, 0, length, StandardCharsets.UTF_8), Checksums.sha256Hex(bytes, length));
    }

    /** Refuses malformed UTF-8, which {@code new String(bytes, UTF_8)} would silently replace. */
    private static void checkUtf8(Path file, byte[] bytes, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(CHECK_BUFFER);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            throw new ShaleException(ErrorCode.MIGRATION_UNREADABLE,
                    file + " is not valid UTF-8",
                    "save the file as UTF-8");
        }
    }
}
