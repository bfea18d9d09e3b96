package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;

import java.util.List;

/**
 * "我的诉求" in free text (intake recognises it; it has no command word): the writer's appeals not yet closed, in
 * the group asked in (in a private chat: every group).
 */
public record MyAppeals() implements Command {

    @Override
    public CommandResult run(CommandRun run) {
        String writer = run.by().userId();
        List<Appeal> mine = run.request().chat().groupCode().map(g -> run.appeals().unclosedOfRequester(g, writer))
                .orElseGet(() -> run.appeals().unclosedOfRequester(null, writer));
        return run.reply(Outcome.ANSWERED, Answers.mine(mine), null);
    }
}
