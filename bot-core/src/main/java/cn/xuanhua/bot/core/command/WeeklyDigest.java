package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.command.CommandWord.Audience;
import cn.xuanhua.bot.core.org.ChatGroup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * 周报 (last ISO week, also 周报 上周) or 周报 本周 (this week so far): the group's owner pulls the group's digest;
 * from a private chat, the one group they own.
 */
public record WeeklyDigest(boolean thisWeek) implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("周报", "周报 或 周报 本周",
            "周报 / 周报 本周: 本群上周 / 本周的诉求周报", WeeklyDigest::read, Audience.GROUP_OWNER));

    private static Command read(Args a) {
        String week = a.rest();
        if (week.isEmpty() || week.equals("上周")) {
            return new WeeklyDigest(false);
        }
        return week.equals("本周") ? new WeeklyDigest(true) : a.notACommand();
    }

    /** Whether {@code tail} glued to the word names a week (周报本周). */
    static boolean namesAWeek(CommandWord word, String tail) {
        return WORDS.contains(word) && (tail.equals("本周") || tail.equals("上周"));
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
        ChatGroup group = owned.get(0);
        LocalDate monday = run.at().toLocalDate().with(DayOfWeek.MONDAY).minusWeeks(thisWeek ? 0 : 1);
        DigestRequest request = new DigestRequest(group.code(), monday, owner, run.at(), run.request().messageId());
        run.digests().requested(request);
        String answer = "正在生成「" + group.name() + "」" + request.isoWeek() + (thisWeek ? " (本周)" : " (上周)")
                + " 周报, 稍后发到群里。";
        return run.reply(Outcome.DIGEST_REQUESTED, answer, null);
    }
}
