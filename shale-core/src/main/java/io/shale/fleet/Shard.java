package io.shale.fleet;

import io.shale.error.ErrorCode;
import io.shale.error.ShaleException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Shard {@code index} of {@code count} ({@code --shard 2/4}): a target belongs to the shard given
 * by the SHA-256 of its name, so the split depends on nothing but the names. Every target lands in
 * exactly one shard, whatever order the targets are listed or generated in, on whichever machine.
 *
 * @param index 1-based, 1 to {@code count}
 * @param count how many shards the fleet is split into
 */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new ShaleException(ErrorCode.USAGE, "--shard " + index + "/" + count + " is not a shard: K must be "
                    + "between 1 and N", "write --shard K/N with 1 <= K <= N, e.g. --shard 1/4");
        }
    }

    /**
     * Parses {@code K/N}.
     *
     * @throws ShaleException USAGE when the text is not of that form
     */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ShaleException(ErrorCode.USAGE, "--shard '" + text + "' is not of the form K/N",
                "write the shard's number and the number of shards, e.g. --shard 1/4 (in a Kubernetes indexed Job: "
                        + "--shard $((JOB_COMPLETION_INDEX + 1))/N)");
    }

    /** The shard (1-based) a target name belongs to among {@code count}. */
    public static int of(String name, int count) {
        byte[] hash = sha256(name);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return (int) Long.remainderUnsigned(value, count) + 1;
    }

    public boolean contains(String targetName) {
        return of(targetName, count) == index;
    }

    /** The targets of this shard, in the order given. */
    public List<Target> select(List<Target> targets) {
        return targets.stream().filter(t -> contains(t.name())).toList();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
