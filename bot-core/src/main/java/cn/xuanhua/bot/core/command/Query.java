package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealPolicy;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.command.CommandWord.Audience;
import cn.xuanhua.bot.core.org.StaffMember;

import java.util.List;
import java.util.Optional;

/**
 * 查询 编号: status, department, due date, last progress note. Anyone may ask; only those with a part in the
 * appeal are told ({@link AppealPolicy#mayRead}), and the answer is masked, since it may land in a group.
 */
public record Query(AppealRef ref) implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("查询", "查询 编号",
            "查询 编号: 查看办理进度 (或直接问「我的诉求」)", a -> a.withRef(Query::new), Audience.REQUESTER, Audience.STAFF));

    @Override
    public CommandResult run(CommandRun run) {
        Appeal appeal = run.locate(ref);
        if (!AppealPolicy.mayRead(run.by(), appeal, run.request().chat().groupCode())) {
            return run.reply(Outcome.REFUSED, Answers.notYours(appeal.number()), null);
        }
        String handler = Optional.ofNullable(appeal.state().handlerUserId()).flatMap(run.staff()::byUserId)
                .map(StaffMember::name).orElse(null);
        String answer = Answers.query(appeal, run.departmentName(appeal.departmentCode()), handler, run.masker());
        return run.reply(Outcome.ANSWERED, answer, appeal.number());
    }
}
