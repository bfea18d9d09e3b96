package cn.xuanhua.bot.core.learning;

/**
 * 64-bit FNV-1a hashes of feature names, computed from characters without making strings. With 64 bits, two of the
 * few hundred thousand features of a model sharing a key is too unlikely to matter.
 */
public final class FeatureKeys {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureKeys() {
    }

    /** The key of a named feature, e.g. {@code m:power-outage}. */
    public static long of(String name) {
        long h = OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h = mix(h, name.charAt(i));
        }
        return h;
    }

    /** The key of a named feature with a suffix, e.g. {@code of("m:", code)}, without joining them. */
    public static long of(String prefix, String suffix) {
        long h = OFFSET;
        for (int i = 0; i < prefix.length(); i++) {
            h = mix(h, prefix.charAt(i));
        }
        for (int i = 0; i < suffix.length(); i++) {
            h = mix(h, suffix.charAt(i));
        }
        return h;
    }

    /** The key of a character n-gram of length 1–3 ({@code 0} marks an unused position). */
    public static long ngram(char a, char b, char c) {
        long h = mix(OFFSET, (char) ('0' + (a == 0 ? 0 : 1) + (b == 0 ? 0 : 1) + (c == 0 ? 0 : 1)));
        h = mix(h, ':');
        if (a != 0) {
            h = mix(h, a);
        }
        if (b != 0) {
            h = mix(h, b);
        }
        return c != 0 ? mix(h, c) : h;
    }

    private static long mix(long h, char c) {
        h ^= c & 0xff;
        h *= PRIME;
        h ^= c >>> 8;
        return h * PRIME;
    }
}
