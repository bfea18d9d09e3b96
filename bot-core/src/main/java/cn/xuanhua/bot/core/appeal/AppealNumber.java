package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.error.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An appeal's number, {@code {prefix}{yyyyMMdd}-{4-digit sequence of that day}}, e.g. {@code XH20261126-0007}.
 *
 * @param prefix   letters from {@code bot.appeal.number-prefix}, upper case
 * @param day      the day the appeal was created
 * @param sequence 1–9999, the appeal's place in that day
 */
public record AppealNumber(String prefix, LocalDate day, int sequence) implements Comparable<AppealNumber> {
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,16}");
    /** Lenient on input: any case, a sequence of 1–4 digits; always printed with four. */
    private static final Pattern NUMBER = Pattern.compile("([A-Za-z]{1,16})(\\d{8})-(\\d{1,4})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public AppealNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must be 1-16 upper-case letters: " + prefix);
        }
        if (day == null || sequence < 1 || sequence > 9999) {
            throw new IllegalArgumentException("day required and sequence 1-9999: " + day + "/" + sequence);
        }
    }

    public static AppealNumber of(String prefix, LocalDate day, int sequence) {
        return new AppealNumber(prefix.toUpperCase(Locale.ROOT), day, sequence);
    }

    /** Reads a full number; empty when {@code text} is not one (short numbers are not accepted here). */
    public static Optional<AppealNumber> tryParse(String text) {
        Matcher m = text == null ? null : NUMBER.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(2), DAY);
            int sequence = Integer.parseInt(m.group(3));
            return sequence == 0 ? Optional.empty() : Optional.of(of(m.group(1), day, sequence));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Reads a full number. @throws InvalidInputException when {@code text} is not one */
    public static AppealNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new InvalidInputException("诉求编号格式不正确: " + text
                + " (应为 XH20261126-0007 的形式)"));
    }

    /**
     * Whether a short number written by a person means this one: the number ends with {@code digits}, where a
     * sequence shorter than four digits is read zero-padded ({@code 7} = {@code 0007}, so it does not also
     * match 0017) and a hyphen may be kept ({@code 1126-0007}).
     */
    public boolean endsWith(String digits) {
        if (digits == null) {
            return false;
        }
        String d = digits.replace("-", "");
        if (d.isEmpty() || d.length() > 12 || !d.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String padded = d.length() < 4 ? "0".repeat(4 - d.length()) + d : d;
        return (day.format(DAY) + String.format("%04d", sequence)).endsWith(padded);
    }

    /** The number as printed everywhere, e.g. {@code XH20261126-0007}. */
    public String value() {
        return prefix + day.format(DAY) + "-" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return value();
    }

    @Override
    public int compareTo(AppealNumber o) {
        return value().compareTo(o.value());
    }
}
