package cn.xuanhua.bot.core;

import java.util.Objects;

/**
 * A credential (webhook key, app secret, token) that must never be printed. {@link #toString()} shows only
 * whether it is set, so a secret that ends up in a log line or an exception message by accident stays hidden.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Wraps a value; blank values become an empty secret. */
    public static Secret of(String value) {
        return new Secret(value == null || value.isBlank() ? null : value.trim());
    }

    public static Secret empty() {
        return new Secret(null);
    }

    public boolean isSet() {
        return value != null;
    }

    /** The raw value, for the one place that must send it (an HTTP call); never for logging. */
    public String reveal() {
        if (value == null) {
            throw new IllegalStateException("secret is not set");
        }
        return value;
    }

    /** The value with all but the first and last two characters hidden, for the console ("ab****yz"). */
    public String masked() {
        if (value == null) {
            return "";
        }
        if (value.length() <= 6) {
            return "******";
        }
        return value.substring(0, 2) + "******" + value.substring(value.length() - 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value == null ? "Secret[unset]" : "Secret[******]";
    }
}
