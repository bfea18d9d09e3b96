package cn.xuanhua.bot.core.intake;

/**
 * Reads the small numbers people write in dates and durations: Arabic digits ("15"), Chinese numerals with units
 * ("十五", "二十", "廿三", "一百二十") and digit-by-digit years ("二〇二三"). Full-width digits are folded to ASCII
 * before the reader gets here. Amounts with 万/亿 are deliberately not numbers here: they are money or
 * quantities, never dates.
 */
public final class ChineseNumbers {
    private static final String DIGITS = "零〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** The value of the whole text, or -1 when it is not a number this reader understands. */
    public static int parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    /** The value of {@code s[start, end)}, or -1 when it is not a number this reader understands. */
    public static int parse(CharSequence s, int start, int end) {
        if (start >= end) {
            return -1;
        }
        if (isAsciiDigits(s, start, end)) {
            return end - start > 9 ? -1 : Integer.parseInt(s, start, end, 10);
        }
        boolean units = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (unit(c) > 0) {
                units = true;
            } else if (digit(c) < 0) {
                return -1;
            }
        }
        return units ? withUnits(s, start, end) : digitByDigit(s, start, end);
    }

    /** True for an ASCII digit or a character that can be part of a Chinese numeral. */
    public static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || digit(c) >= 0 || unit(c) > 0;
    }

    /** 0–9 for a Chinese digit (两 = 2), -1 otherwise. */
    static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : Math.max(0, i - 1);
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '廿' -> 20;
            case '卅' -> 30;
            default -> 0;
        };
    }

    private static boolean isAsciiDigits(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "二〇二三" = 2023; a lone 两 is 2, but 两 inside a digit string is not how anyone writes a year. */
    private static int digitByDigit(CharSequence s, int start, int end) {
        if (end - start > 9 || (end - start > 1 && indexOf(s, start, end, '两') >= 0)) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + digit(s.charAt(i));
        }
        return value;
    }

    /** "十五" = 15, "二十" = 20, "一百零五" = 105, "廿三" = 23; units must come in falling order. */
    private static int withUnits(CharSequence s, int start, int end) {
        int total = 0;
        int pending = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int u = unit(c);
            if (u == 0) {
                if (c == '零' || c == '〇') {
                    continue;
                }
                if (pending >= 0) {
                    return -1;
                }
                pending = digit(c);
            } else if (c == '廿' || c == '卅') {
                if (pending >= 0 || total > 0) {
                    return -1;
                }
                total = u;
                lastUnit = 10;
            } else {
                if (u >= lastUnit) {
                    return -1;
                }
                total += (pending < 0 ? 1 : pending) * u;
                pending = -1;
                lastUnit = u;
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int indexOf(CharSequence s, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
