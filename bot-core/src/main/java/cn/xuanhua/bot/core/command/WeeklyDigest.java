package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.command.CommandWord.Audience;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 周报 (last ISO week; also 周报 上周), 周报 本周 (this week so far) or 周报 2026-W47 (that week): the group's owner pulls
 * the group's digest; from a private chat, the one group they own. The confirmation is queued before the digest,
 * so it arrives first.
 *
 * @param thisWeek    周报 本周
 * @param namedMonday the Monday of the week named (周报 2026-W47), null when none was
 */
public record WeeklyDigest(boolean thisWeek, LocalDate namedMonday) implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("周报", "周报 或 周报 本周 或 周报 2026-W47",
            "周报 / 周报 本周 / 周报 2026-W47: 本群上周 / 本周 / 该周的诉求周报", WeeklyDigest::read,
            Audience.GROUP_OWNER));
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-?[Ww](\\d{1,2})");

    /** Last week or this week so far. */
    public WeeklyDigest(boolean thisWeek) {
        this(thisWeek, null);
    }

    private static Command read(Args a) {
        String week = a.rest();
        if (week.isEmpty() || week.equals("上周")) {
            return new WeeklyDigest(false);
        }
        if (week.equals("本周")) {
            return new WeeklyDigest(true);
        }
        Matcher iso = ISO_WEEK.matcher(week);
        if (!iso.matches()) {
            return a.notACommand();
        }
        int year = Integer.parseInt(iso.group(1));
        int number = Integer.parseInt(iso.group(2));
        LocalDate midYear = LocalDate.of(year, 6, 1);
        if (number < 1 || number > midYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return a.malformed();
        }
        return new WeeklyDigest(false, midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Whether {@code tail} glued to the word names a week (周报本周). */
    static boolean namesAWeek(CommandWord word, String tail) {
        return WORDS.contains(word) && (tail.equals("本周") || tail.equals("上周")
                || ISO_WEEK.matcher(tail.toUpperCase(Locale.ROOT)).matches());
    }

    @Override
    public CommandResult run(CommandRun run) {
        String owner = run.by().userId();
        List<ChatGroup> owned = run.request().chat().groupCode().flatMap(run.groups()::byCode).map(List::of)
                .orElseGet(run.groups()::all).stream().filter(g -> owner.equals(g.ownerUserId())).toList();
        if (owned.size() != 1) {
            String why = owned.isEmpty() ? "只有群主可以获取本群周报。" : "您是多个群的群主, 请在要查看的群里发送「周报」。";
            return run.reply(Outcome.REFUSED, why, null);
        }
        LocalDate today = run.at().toLocalDate();
        LocalDate monday = namedMonday != null ? namedMonday
                : today.with(DayOfWeek.MONDAY).minusWeeks(thisWeek ? 0 : 1);
        if (monday.isAfter(today)) {
            return run.reply(Outcome.REFUSED, "该周尚未开始, 没有周报。", null);
        }
        ChatGroup group = owned.get(0);
        DigestRequest request = new DigestRequest(group.code(), monday, owner, run.at(), run.request().messageId());
        boolean running = monday.plusWeeks(1).isAfter(today);
        String which = namedMonday != null ? (running ? " (本周)" : "") : thisWeek ? " (本周)" : " (上周)";
        CommandResult confirmed = run.reply(Outcome.DIGEST_REQUESTED,
                "正在生成「" + group.name() + "」" + request.isoWeek() + which + " 周报, 稍后发到群里。", null);
        run.digests().requested(request);
        return confirmed;
    }
}
