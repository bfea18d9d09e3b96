package cn.xuanhua.bot.core.command;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
            return new Command.Unknown(text.strip(), prefixed);
        }
        return word.reader().apply(new Args(text.strip(), tokens, at + 1, prefixed, word));
    }

    private static CommandWord wordAt(Tokens tokens, int at) {
        String head = tokens.word(at);
        CommandWord exact = WORDS.getOrDefault(head, WORDS.get(ALIASES.getOrDefault(head.toLowerCase(), "")));
        if (exact != null) {
            return exact;
        }
        for (CommandWord w : LONGEST_FIRST) {
            String tail = head.startsWith(w.word()) ? head.substring(w.word().length()) : null;
            if (tail != null && (Args.REF_START.matcher(tail).lookingAt() || WeeklyDigest.namesAWeek(w, tail))) {
                tokens.split(at, w.word().length());
                return w;
            }
        }
        return null;
    }
}
