package cn.xuanhua.bot.core.intake;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One message prepared for the deadline rules: the text with full-width digits and punctuation folded to ASCII
 * (one character for one, so positions still point into the original), the reference day, and a bit mask of the
 * anchor characters present so that a rule whose anchors are absent is not run at all.
 */
final class Scan {
    static final int MONTH = 1;
    static final int DAY_MARK = 1 << 1;
    static final int WEEK = 1 << 2;
    static final int PERIOD_END = 1 << 3;
    static final int WITHIN = 1 << 4;
    static final int WORK = 1 << 5;
    static final int BEFORE = 1 << 6;
    static final int AFTER = 1 << 7;
    static final int CLOCK = 1 << 8;
    static final int TODAY = 1 << 9;
    static final int SEPARATOR = 1 << 10;

    final String original;
    final String text;
    final ZonedDateTime sentAt;
    final LocalDate today;
    final int mask;

    private Scan(String original, String text, ZonedDateTime sentAt, int mask) {
        this.original = original;
        this.text = text;
        this.sentAt = sentAt;
        this.today = sentAt.toLocalDate();
        this.mask = mask;
    }

    /** @param sentAt the message time, already in Asia/Shanghai */
    static Scan of(String original, ZonedDateTime sentAt) {
        char[] c = original.toCharArray();
        int mask = 0;
        for (int i = 0; i < c.length; i++) {
            char ch = fold(c[i]);
            c[i] = ch;
            mask |= anchor(ch);
        }
        return new Scan(original, new String(c), sentAt, mask);
    }

    int length() {
        return text.length();
    }

    /** The character at {@code i}, or NUL outside the text, so look-arounds need no bounds checks. */
    char at(int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    boolean startsWith(String s, int i) {
        return i >= 0 && text.startsWith(s, i);
    }

    boolean endsWith(String s, int end) {
        return end - s.length() >= 0 && text.startsWith(s, end - s.length());
    }

    /** Where a clause ends: punctuation, a line break, or a space (these chats end clauses with spaces as often). */
    static final String CLAUSE_END = ",，。！!？?；;\n ";
    private static final String SENTENCE_END = "。！!？?\n";

    static boolean isClauseEnd(char ch) {
        return CLAUSE_END.indexOf(ch) >= 0;
    }

    /** The first position of the clause {@code i} is in (or ends at). */
    int clauseStart(int i) {
        while (i > 0 && !isClauseEnd(at(i - 1))) {
            i--;
        }
        return i;
    }

    /** The position where the clause {@code i} is in ends (a clause end or the text's end), {@code i} if it ends there. */
    int clauseEnd(int i) {
        while (i < length() && !isClauseEnd(at(i))) {
            i++;
        }
        return i;
    }

    /** {@code i}, or the first position after it that is not a space. */
    int skipSpaces(int i) {
        while (at(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@code end}, or the last position before it that follows a non-space: spaces just before it skipped. */
    int skipSpacesBack(int end) {
        while (end > 0 && at(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /** True when one of {@code words} starts somewhere in [{@code from}, {@code to}). */
    boolean anyBetween(int from, int to, String[] words) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (startsWithAny(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code words} starts between {@code from} and the end of its clause. */
    boolean anyInClauseFrom(int from, String[] words) {
        return anyInClause(from, length(), words);
    }

    /** True when one of {@code words} starts at {@code from} or after, before {@code to} and the end of its clause. */
    boolean anyInClause(int from, int to, String[] words) {
        for (int i = from; i < Math.min(to, length()) && !isClauseEnd(at(i)); i++) {
            if (startsWithAny(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text just before {@code end} is one of {@code words}. */
    boolean endsWithAny(String[] words, int end) {
        for (String w : words) {
            if (endsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    /** The position after the first of {@code words} (in their order) the text at {@code i} starts with; else {@code i}. */
    int past(String[] words, int i) {
        for (String w : words) {
            if (text.startsWith(w, i)) {
                return i + w.length();
            }
        }
        return i;
    }

    /** The position of the first of {@code words} (in their order) the text ends with at {@code end}; else -1. */
    int before(String[] words, int end) {
        for (String w : words) {
            if (endsWith(w, end)) {
                return end - w.length();
            }
        }
        return -1;
    }

    /** Whether {@code ch} ends a sentence (a clause may end at a comma or a space; a sentence does not). */
    static boolean isSentenceEnd(char ch) {
        return SENTENCE_END.indexOf(ch) >= 0;
    }

    /** True when the text at {@code i} starts with one of {@code words}. */
    boolean startsWithAny(String[] words, int i) {
        for (String w : words) {
            if (text.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a rule's search may start: {@code reach} characters before the first of its anchor characters (no
     * expression of the rule can begin further ahead of its anchor), or -1 when none occurs.
     */
    int searchStart(String anchors, int reach) {
        for (int i = 0; i < text.length(); i++) {
            if (anchors.indexOf(text.charAt(i)) >= 0) {
                return Math.max(0, i - reach);
            }
        }
        return -1;
    }

    String phrase(int start, int end) {
        return original.substring(start, end);
    }

    private static char fold(char ch) {
        if (ch >= '０' && ch <= '９') {
            return (char) (ch - '０' + '0');
        }
        return switch (ch) {
            case '：' -> ':';
            case '／' -> '/';
            case '－' -> '-';
            case '．' -> '.';
            case '\u3000' -> ' ';
            default -> ch;
        };
    }

    private static int anchor(char ch) {
        return switch (ch) {
            case '月' -> MONTH;
            case '号', '日' -> DAY_MARK;
            case '周', '期', '拜' -> WEEK;
            case '底', '末' -> PERIOD_END;
            case '内', '限', '给' -> WITHIN; // 限, 给 for a time limit written without 内: "限期十天", "给了三天时间"
            case '工', '班' -> WORK;
            case '前' -> BEFORE;
            case '后' -> AFTER;
            case '点', '时', ':', '午' -> CLOCK;
            case '今', '明' -> TODAY;
            case '-', '/', '.' -> SEPARATOR;
            default -> 0;
        };
    }
}
