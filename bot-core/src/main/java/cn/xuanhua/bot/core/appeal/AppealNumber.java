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
 * An appeal's number, {@code {prefix}{yyyyMMdd}-{sequence of that day}}, e.g. {@code XH20261126-0007}. The sequence
 * is printed with at least four digits and with as many as it needs beyond: a district's busiest day may pass 9,999
 * appeals, and the 10,000th is {@code XH20261126-10000}, not a failure. Numbers up to 9999 keep their four digits.
 *
 * @param prefix   letters from {@code bot.appeal.number-prefix}, upper case
 * @param day      the day the appeal was created
 * @param sequence 1–{@value #MAX_SEQUENCE}, the appeal's place in that day
 */
public record AppealNumber(String prefix, LocalDate day, int sequence) implements Comparable<AppealNumber> {
    /** Seven digits at most: 16 prefix letters, the day, the hyphen and the sequence fill the 32 of appeal.number. */
    public static final int MAX_SEQUENCE = 9_999_999;
    /**
     * A sequence as written: 1–4 digits (read zero-padded), or 5–7 without leading zeros, so each sequence has one
     * full form beyond four digits.
     */
    public static final String SEQUENCE_DIGITS = "(?:\\d{1,4}|[1-9]\\d{4,6})";
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,16}");
    /** Lenient on input: any case, a short sequence zero-padded or not. */
    private static final Pattern NUMBER = Pattern.compile("([A-Za-z]{1,16})(\\d{8})-(" + SEQUENCE_DIGITS + ")");
    /** A short number with the hyphen kept ({@code 1126-0007}): the end of the day, then the whole sequence. */
    private static final Pattern DAY_AND_SEQUENCE = Pattern.compile("(\\d{0,8})-(\\d{1,7})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public AppealNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must be 1-16 upper-case letters: " + prefix);
        }
        if (day == null || sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("day required and sequence 1-" + MAX_SEQUENCE + ": " + day + "/" + sequence);
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
     * Whether a short number written by a person means this one. The digits must end the number and cover its
     * whole sequence: a sequence shorter than four digits is read zero-padded ({@code 7} = {@code 0007}, so it does
     * not also match 0017), and four digits never name a five-digit sequence ({@code 0007} is not 10007). A hyphen
     * may be kept ({@code 1126-0007}), and then what follows it is the sequence.
     */
    public boolean endsWith(String digits) {
        if (digits == null) {
            return false;
        }
        Matcher withDay = DAY_AND_SEQUENCE.matcher(digits);
        if (withDay.matches()) {
            return day.format(DAY).endsWith(withDay.group(1)) && sequenceIs(withDay.group(2));
        }
        if (digits.isEmpty() || digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        String padded = padded(digits);
        String sequenceDigits = padded(Integer.toString(sequence));
        return padded.length() >= sequenceDigits.length() && (day.format(DAY) + sequenceDigits).endsWith(padded);
    }

    private boolean sequenceIs(String digits) {
        return padded(digits).equals(padded(Integer.toString(sequence)));
    }

    private static String padded(String digits) {
        return digits.length() < 4 ? "0".repeat(4 - digits.length()) + digits : digits;
    }

    /** The number as printed everywhere, e.g. {@code XH20261126-0007}. */
    public String value() {
        return prefix + day.format(DAY) + "-" + padded(Integer.toString(sequence));
    }

    @Override
    public String toString() {
        return value();
    }

    @Override
    public int compareTo(AppealNumber o) {
        // Not by the printed value: "-10000" sorts before "-9999" as text.
        int c = prefix.compareTo(o.prefix);
        c = c != 0 ? c : day.compareTo(o.day);
        return c != 0 ? c : Integer.compare(sequence, o.sequence);
    }
}
