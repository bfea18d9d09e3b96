package cn.xuanhua.bot.core.command;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the chat commands (docs/chat.md), the same way on every channel. Accepted: a leading / or #
 * (half- or full-width), leading @-mentions, any kind of space, full-width digits and letters, the number in
 * full (XH20261126-0007) or as its last digits (0007, 7), a number glued to the word ({@code 受理0007}) or
 * followed by a colon ({@code 进展 0007：已联系}). Each command's own class says how its parts are read.
 *
 * <p>Text that merely starts with a command word ({@code 查询一下营业执照}, {@code 不满意 审批太慢}) is
 * {@link Command.Unknown} unless it began with / or #, so such messages still reach intake as possible appeals.
 */
public final class CommandParser {
    private static final Map<String, CommandWord> WORDS = Commands.words().stream()
            .collect(Collectors.toMap(CommandWord::word, Function.identity()));
    private static final Map<String, String> ALIASES = Map.of("help", Help.WORD, "?", Help.WORD);
    /** Longest first, so 不满意 wins over 满意 and 批准延期 over 延期 when words are glued to numbers. */
    private static final List<CommandWord> LONGEST_FIRST = Commands.words().stream()
            .sorted(Comparator.comparingInt((CommandWord w) -> w.word().length()).reversed()).toList();

    /** Parses one message; never null, never throws. */
    public Command parse(String text) {
        if (text == null || text.isBlank()) {
            return new Command.Unknown("", false);
        }
        Tokens tokens = Tokens.of(text);
        int at = 0;
        while (at < tokens.size() && tokens.word(at).startsWith("@")) {
            at++;
        }
        boolean prefixed = tokens.word(at).startsWith("/") || tokens.word(at).startsWith("#");
        if (prefixed) {
            tokens.dropStart(at, 1);
        }
        CommandWord word = wordAt(tokens, at);
        if (word == null) {
            return misspelt(tokens, at).orElseGet(() -> new Command.Unknown(text.strip(), prefixed));
        }
        return word.reader().apply(new Args(text.strip(), tokens, at + 1, prefixed, word));
    }

    /**
     * A word one edit away from a command word (受里 for 受理, 进张 for 进展) and then an appeal number, apart or glued:
     * what the writer meant, for {@link Command.Misspelt}.
     */
    private static Optional<Command> misspelt(Tokens tokens, int at) {
        String head = tokens.word(at);
        int digits = 0;
        while (digits < head.length() && !Character.isDigit(head.charAt(digits))) {
            digits++;
        }
        String written = head.substring(0, digits);
        String number = digits < head.length() ? head.substring(digits) : tokens.word(at + 1);
        Optional<AppealRef> ref = AppealRef.parse(number);
        if (written.length() < 2 || ref.isEmpty()) {
            return Optional.empty();
        }
        int restFrom = digits < head.length() ? at + 1 : at + 2;
        return LONGEST_FIRST.stream().filter(w -> w.word().length() >= 2 && oneEditApart(written, w.word()))
                .findFirst().map(w -> new Command.Misspelt(written, w.word(), ref.get(), tokens.rest(restFrom)));
    }

    /** One letter changed, added, left out, or two neighbours swapped. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    differences++;
                    first = first < 0 ? i : first;
                }
            }
            return differences == 1 || (differences == 2 && first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code tail}, glued to a word that takes free text (代报, 新诉求), opens that text with a colon: people
     * write these words as a label ({@code 代报：大北街兴隆超市反映…}, {@code 新诉求：门口路灯坏了}, half- or
     * full-width). Other glued text ({@code 代报税的公司}) stays ordinary text.
     */
    private static boolean opensContent(CommandWord word, String tail) {
        return (FileOnBehalf.WORDS.contains(word) || FileNewAppeal.WORDS.contains(word)) && tail.startsWith(":");
    }

    private static CommandWord wordAt(Tokens tokens, int at) {
        String head = tokens.word(at);
        CommandWord exact = WORDS.getOrDefault(head, WORDS.get(ALIASES.getOrDefault(head.toLowerCase(), "")));
        if (exact != null) {
            return exact;
        }
        for (CommandWord w : LONGEST_FIRST) {
            String tail = head.startsWith(w.word()) ? head.substring(w.word().length()) : null;
            if (tail != null && (Args.REF_START.matcher(tail).lookingAt() || WeeklyDigest.namesAWeek(w, tail)
                    || opensContent(w, tail))) {
                tokens.split(at, w.word().length());
                return w;
            }
        }
        return null;
    }
}
