package cn.xuanhua.bot.core.audit;

import cn.xuanhua.bot.core.Secret;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one change did, collected while it is made and written as the audit entry's detail:
 * {@code 群聊 ID: (空) → wrAbc; webhook key: 已更改}. Plain fields show their values before and after; a secret shows
 * only that it changed, so no key, password or token ever reaches the trail. Fields that stayed the same are left
 * out; a change that altered nothing has nothing to record ({@link #isEmpty()}).
 */
public final class Changes {
    /** What a changed secret shows instead of its value. */
    public static final String CHANGED = "已更改";
    /** What an empty value shows. */
    static final String NONE = "(空)";
    private static final int MAX_VALUE = 200;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final List<String> parts = new ArrayList<>();

    /** Records a field whose value went from {@code before} to {@code after}, if it changed. */
    public Changes field(String name, Object before, Object after) {
        String b = shown(before);
        String a = shown(after);
        if (!b.equals(a)) {
            parts.add(name + ": " + b + " → " + a);
        }
        return this;
    }

    /** Records that a secret changed (set, replaced or cleared), never its value. */
    public Changes secret(String name, Object before, Object after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            parts.add(name + ": " + (blankToNull(after) == null ? "已清除" : CHANGED));
        }
        return this;
    }

    /** Records what happened in words, for changes that are not a field (a row added or removed, a resend). */
    public Changes note(String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text.strip());
        }
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The detail of the entry: every recorded part, in the order they were recorded. */
    public String describe() {
        return String.join("; ", parts);
    }

    private static String shown(Object value) {
        Object v = blankToNull(value);
        if (v == null) {
            return NONE;
        }
        String s = (v instanceof LocalDateTime t ? t.format(MINUTES) : v.toString()).replaceAll("\\s+", " ").strip();
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "…";
    }

    private static Object blankToNull(Object value) {
        if (value instanceof Secret s) {
            return s.isSet() ? s : null;
        }
        return value instanceof String s && s.isBlank() ? null : value;
    }
}
