package io.shale.dialect;

import java.nio.charset.StandardCharsets;

/** Stable lock keys derived from a lock name, the same in every process and JVM. */
public final class LockKeys {
    private LockKeys() {
    }

    /** 64-bit FNV-1a of the UTF-8 bytes of {@code name}. */
    public static long fnv64(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
