package cn.xuanhua.bot.core.intake;

import java.time.YearMonth;

/**
 * Recognises which personal number a sequence of digits is, and which of its digits to hide. Everything that is
 * none of these shapes (order, contract and invoice numbers, amounts, dates) is left alone.
 */
final class NumberShapes {

    /** A recognised number: its kind and the digits to hide, as indexes into the run, end exclusive. */
    record Shape(String kind, int hideFrom, int hideTo) {
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_CHECK = {1, 0, DigitRun.CHECK_X, 9, 8, 7, 6, 5, 4, 3, 2};

    private NumberShapes() {
    }

    /**
     * The shape of digits {@code [from, to)} of the run, or null when they are no personal number.
     * {@code firstBreak} is where the first group ends (a space, dash or bracket follows), {@code to} if none.
     */
    static Shape recognise(int[] d, int from, int to, int firstBreak) {
        int len = to - from;
        if (hasCheckX(d, from, to - 1)) {
            return null;
        }
        if (d[to - 1] == DigitRun.CHECK_X) {
            return len == 18 && isIdShaped18(d, from) ? new Shape(Masker.ID_NUMBER, from + 6, from + 14) : null;
        }
        int mobile = mobileStart(d, from, len);
        if (mobile >= 0) {
            return new Shape(Masker.MOBILE, mobile + 3, mobile + 7);
        }
        if (isLandline(d, from, len, firstBreak)) {
            return new Shape(Masker.LANDLINE, from + areaCodeLength(d, from), to - 4);
        }
        if (len == 18 && isIdNumber18(d, from)) {
            return new Shape(Masker.ID_NUMBER, from + 6, from + 14);
        }
        if (len == 15 && isIdNumber15(d, from)) {
            return new Shape(Masker.ID_NUMBER, from + 6, from + 12);
        }
        if (len >= 16 && len <= 19 && isBankCard(d, from, to)) {
            return new Shape(Masker.BANK_CARD, from + 4, to - 4);
        }
        if (len == 18 && isIdShaped18(d, from)) {
            // A valid region and birth date with a wrong check digit: a mistyped ID is still a person's ID.
            return new Shape(Masker.ID_NUMBER, from + 6, from + 14);
        }
        return null;
    }

    /** Where the 11 mobile digits start: bare, after 86 / 0086 (country code), or after a dialled 0; else -1. */
    private static int mobileStart(int[] d, int from, int len) {
        if (len == 11 && isMobile(d, from)) {
            return from;
        }
        if (len == 13 && d[from] == 8 && d[from + 1] == 6 && isMobile(d, from + 2)) {
            return from + 2;
        }
        if (len == 15 && d[from] == 0 && d[from + 1] == 0 && d[from + 2] == 8 && d[from + 3] == 6
                && isMobile(d, from + 4)) {
            return from + 4;
        }
        if (len == 12 && d[from] == 0 && isMobile(d, from + 1)) {
            return from + 1;
        }
        return -1;
    }

    /** Mainland mobile numbers are 1[3-9] followed by nine digits. */
    private static boolean isMobile(int[] d, int i) {
        return d[i] == 1 && d[i + 1] >= 3 && d[i + 1] <= 9;
    }

    /**
     * Area code (010, 02x: three digits; others four, e.g. 0313) followed by a 7–8 digit local number. Local
     * numbers start with 2–9; written without a separator after the area code a 1 is refused too, so that
     * 12-digit invoice codes (0440 0231 0011) stay, while 0313-1234567 as people jot it down is masked.
     */
    private static boolean isLandline(int[] d, int from, int len, int firstBreak) {
        if (d[from] != 0 || d[from + 1] == 0) {
            return false;
        }
        int area = areaCodeLength(d, from);
        int local = len - area;
        int lowest = firstBreak == from + area ? 1 : 2;
        return (local == 7 || local == 8) && d[from + area] >= lowest;
    }

    private static int areaCodeLength(int[] d, int from) {
        return d[from + 1] == 1 || d[from + 1] == 2 ? 3 : 4;
    }

    /** Region code, a real birth date yyyymmdd (1900–2099), sequence, and the ISO 7064 MOD 11-2 check. */
    static boolean isIdNumber18(int[] d, int from) {
        if (!isIdShaped18(d, from)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += d[from + i] * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11] == d[from + 17];
    }

    /** A province's code (GB/T 2260), then a real birth date yyyymmdd (1900–2099): an ID, whatever its check digit. */
    private static boolean isIdShaped18(int[] d, int from) {
        if (!isProvince(d[from] * 10 + d[from + 1])) {
            return false;
        }
        int year = number(d, from + 6, 4);
        return year >= 1900 && year <= 2099 && isDate(year, number(d, from + 10, 2), number(d, from + 12, 2));
    }

    /** The provincial-level codes that begin every resident ID (GB/T 2260), Hong Kong, Macao and Taiwan included. */
    private static boolean isProvince(int code) {
        return code >= 11 && code <= 15 || code >= 21 && code <= 23 || code >= 31 && code <= 37
                || code >= 41 && code <= 46 || code >= 50 && code <= 54 || code >= 61 && code <= 65
                || code == 71 || code == 81 || code == 82 || code == 83;
    }

    /** The first-generation ID: region code and a real birth date yymmdd in the 1900s; it has no check digit. */
    private static boolean isIdNumber15(int[] d, int from) {
        return isProvince(d[from] * 10 + d[from + 1]) && isDate(1900 + number(d, from + 6, 2), number(d, from + 8, 2), number(d, from + 10, 2));
    }

    /** Card numbers of the schemes used in China (3 JCB/Amex, 4 Visa, 5 Mastercard, 6 UnionPay, 9 domestic) with a valid Luhn check. */
    private static boolean isBankCard(int[] d, int from, int to) {
        int first = d[from];
        if (first != 3 && first != 4 && first != 5 && first != 6 && first != 9) {
            return false;
        }
        return luhnValid(d, from, to);
    }

    static boolean luhnValid(int[] d, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int i = to - 1; i >= from; i--) {
            int v = twice ? d[i] * 2 : d[i];
            sum += v > 9 ? v - 9 : v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean isDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static int number(int[] d, int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; i++) {
            n = n * 10 + d[i];
        }
        return n;
    }

    private static boolean hasCheckX(int[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] == DigitRun.CHECK_X) {
                return true;
            }
        }
        return false;
    }
}
