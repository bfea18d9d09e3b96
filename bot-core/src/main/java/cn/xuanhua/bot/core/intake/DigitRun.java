package cn.xuanhua.bot.core.intake;

import java.util.Arrays;

/**
 * One stretch of a text made of digit groups, e.g. {@code +86 138-1234-5678}, {@code (0313)1234567} or
 * {@code 6222 0212 3456 7890}: groups of ASCII or full-width digits joined by at most two separator characters
 * (space, dash, closing bracket). An ID number's check character X counts as a digit of value 10.
 */
final class DigitRun {

    static final int CHECK_X = 10;
    private static final int MAX_SEPARATORS = 2;

    int[] positions = new int[24];
    int[] values = new int[24];
    int[] groupStarts = new int[8];
    int digitCount;
    int groupCount;
    int end;

    /** Reads the run that starts with the digit at {@code start}. */
    static DigitRun readFrom(String text, int start) {
        DigitRun run = new DigitRun();
        int n = text.length();
        int i = start;
        run.startGroup();
        while (i < n) {
            char c = text.charAt(i);
            int v = digitValue(c);
            if (v >= 0) {
                run.add(i++, v);
            } else if (isCheckX(c) && digitValue(text.charAt(i - 1)) >= 0 && !continuesWord(text, i + 1)) {
                run.add(i++, CHECK_X);
            } else {
                int next = skipSeparators(text, i);
                if (next == i || next >= n || digitValue(text.charAt(next)) < 0) {
                    break;
                }
                run.startGroup();
                i = next;
            }
        }
        run.end = i;
        return run;
    }

    /** 0–9 for an ASCII or full-width digit, else -1. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    /** Index in the run of the first digit of group {@code g}. */
    int groupStart(int g) {
        return groupStarts[g];
    }

    /** Index in the run just past the last digit of group {@code g}. */
    int groupEnd(int g) {
        return g + 1 < groupCount ? groupStarts[g + 1] : digitCount;
    }

    private void startGroup() {
        if (groupCount == groupStarts.length) {
            groupStarts = Arrays.copyOf(groupStarts, groupCount * 2);
        }
        groupStarts[groupCount++] = digitCount;
    }

    private void add(int position, int value) {
        if (digitCount == positions.length) {
            positions = Arrays.copyOf(positions, digitCount * 2);
            values = Arrays.copyOf(values, digitCount * 2);
        }
        positions[digitCount] = position;
        values[digitCount++] = value;
    }

    private static int skipSeparators(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < MAX_SEPARATORS && isSeparator(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == ')' || c == '\u3000' || c == '\uFF0D' || c == '\uFF09'
                || c == '\u2014' || c == '\u2013' || c == '\u00A0';
    }

    private static boolean isCheckX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    /** Whether an X is followed by more of a word or code, so that it is not an ID's check character. */
    private static boolean continuesWord(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) && c < 0x3000 || digitValue(c) >= 0;
    }
}
