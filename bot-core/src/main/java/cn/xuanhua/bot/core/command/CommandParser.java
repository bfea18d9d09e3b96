package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Satisfaction;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the chat commands of contract section 5, the same way on every channel. Accepted: a leading / or #
 * (half- or full-width), leading @-mentions, any kind of space, full-width digits and letters, the number in
 * full (XH20261126-0007) or as its last digits (0007, 7), a number glued to the word ({@code 受理0007}) or
 * followed by a colon ({@code 进展 0007：已联系}).
 *
 * <p>Text that merely starts with a command word ({@code 查询一下营业执照}, {@code 不满意 审批太慢}) is
 * {@link Command.Unknown} unless it began with / or #, so such messages still reach intake as possible appeals.
 */
public final class CommandParser {
    private static final Map<String, Keyword> KEYWORDS = Arrays.stream(Keyword.values())
            .collect(Collectors.toMap(Keyword::word, k -> k));
    private static final Map<String, Keyword> ALIASES = Map.of("help", Keyword.HELP, "?", Keyword.HELP);
    /** Longest first, so 不满意 wins over 满意 and 批准延期 over 延期 when words are glued to numbers. */
    private static final List<Keyword> LONGEST_FIRST = Arrays.stream(Keyword.values())
            .sorted(Comparator.comparingInt((Keyword k) -> k.word().length()).reversed()).toList();

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
        Keyword keyword = keywordAt(tokens, at);
        if (keyword == null) {
            return new Command.Unknown(text.strip(), prefixed);
        }
        return parse(keyword, new Args(text.strip(), tokens, at + 1, prefixed, keyword));
    }

    private static Keyword keywordAt(Tokens tokens, int at) {
        String head = tokens.word(at);
        Keyword exact = KEYWORDS.getOrDefault(head, ALIASES.get(head.toLowerCase()));
        if (exact != null) {
            return exact;
        }
        for (Keyword k : LONGEST_FIRST) {
            String tail = head.startsWith(k.word()) ? head.substring(k.word().length()) : null;
            if (tail != null && (Args.REF_START.matcher(tail).lookingAt() || isWeek(k, tail))) {
                tokens.split(at, k.word().length());
                return k;
            }
        }
        return null;
    }

    private static boolean isWeek(Keyword k, String tail) {
        return k == Keyword.DIGEST && (tail.equals("本周") || tail.equals("上周"));
    }

    private static Command parse(Keyword keyword, Args a) {
        return switch (keyword) {
            case QUERY -> refOnly(a, Command.Query::new);
            case SUPPLEMENT -> refAndText(a, AppealCommand.Supplement::new);
            case SATISFIED -> rate(a, Satisfaction.SATISFIED);
            case BASICALLY_SATISFIED -> rate(a, Satisfaction.BASICALLY_SATISFIED);
            case DISSATISFIED -> rate(a, Satisfaction.DISSATISFIED);
            case ACCEPT -> refOnly(a, AppealCommand.Accept::new);
            case PROGRESS -> refAndText(a, AppealCommand.Progress::new);
            case RESOLVE -> refAndText(a, AppealCommand.Resolve::new);
            case TRANSFER -> toDepartment(a, true, AppealCommand.Transfer::new);
            case RETURN -> refAndText(a, AppealCommand.ReturnToDispatcher::new);
            case EXTEND -> extension(a);
            case TODO -> a.alone(new Command.Todo());
            case REASSIGN -> toDepartment(a, false, AppealCommand.Reassign::new);
            case APPROVE_EXTENSION -> refOnly(a, AppealCommand.ApproveExtension::new);
            case SUPERVISE -> refAndText(a, AppealCommand.Supervise::new);
            case DIGEST -> digest(a);
            case FILE_ON_BEHALF -> a.rest().isEmpty() ? a.malformed() : new Command.FileOnBehalf(a.rest());
            case HELP -> a.alone(new Command.Help());
        };
    }

    private static Command refOnly(Args a, Function<AppealRef, Command> make) {
        Optional<AppealRef> ref = a.ref();
        return ref.isPresent() ? make.apply(ref.get()) : a.notACommand();
    }

    private static Command refAndText(Args a, BiFunction<AppealRef, String, Command> make) {
        Optional<AppealRef> ref = a.ref();
        if (ref.isEmpty()) {
            return a.notACommand();
        }
        String text = a.rest();
        return text.isEmpty() ? a.malformed() : make.apply(ref.get(), text);
    }

    private static Command rate(Args a, Satisfaction rating) {
        return refOnly(a, ref -> new AppealCommand.Rate(ref, rating, a.rest()));
    }

    /** 转办 编号 部门 理由 (reason required) and 改派 编号 部门 [理由]. */
    private static Command toDepartment(Args a, boolean reasonRequired, Departed make) {
        Optional<AppealRef> ref = a.ref();
        if (ref.isEmpty()) {
            return a.notACommand();
        }
        Optional<String> department = a.word();
        String reason = a.rest();
        if (department.isEmpty() || (reasonRequired && reason.isEmpty())) {
            return a.malformed();
        }
        return make.of(ref.get(), department.get(), reason);
    }

    private static Command extension(Args a) {
        Optional<AppealRef> ref = a.ref();
        if (ref.isEmpty()) {
            return a.notACommand();
        }
        int days = a.days();
        String reason = a.rest();
        return days < 1 || reason.isEmpty() ? a.malformed()
                : new AppealCommand.RequestExtension(ref.get(), days, reason);
    }

    private static Command digest(Args a) {
        String week = a.rest();
        if (week.isEmpty() || week.equals("上周")) {
            return new Command.WeeklyDigest(false);
        }
        return week.equals("本周") ? new Command.WeeklyDigest(true) : a.notACommand();
    }

    /** Makes a command that names a department. */
    @FunctionalInterface
    private interface Departed {
        Command of(AppealRef ref, String department, String reason);
    }
}
