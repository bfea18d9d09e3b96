package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

/** 待办: a staff member's list of their department's open appeals (supervisors: also the extensions to approve). */
public record Todo() implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("待办", "待办", "待办: 本部门未办结的诉求",
            a -> a.alone(new Todo()), Audience.STAFF));

    @Override
    public CommandResult run(CommandRun run) {
        if (!run.by().isStaff()) {
            return run.reply(Outcome.REFUSED, "只有部门工作人员可以查看待办。", null);
        }
        List<Appeal> awaitingApproval = run.by().supervises() ? run.appeals().unclosed().stream()
                .filter(a -> a.state().extensionDays() != null).toList() : List.of();
        String department = run.by().departmentCode();
        String answer = Answers.todo(run.departmentName(department), run.appeals().openOf(department), awaitingApproval);
        return run.reply(Outcome.ANSWERED, answer, null);
    }
}
