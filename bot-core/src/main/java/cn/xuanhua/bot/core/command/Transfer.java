package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/** 转办 编号 部门 理由: the handling department passes the appeal to the one responsible ({@code department} as written). */
public record Transfer(AppealRef ref, String department, String reason) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("转办", "转办 编号 部门 理由", "转办 编号 部门 理由",
            a -> a.withRefAndDepartment(true, Transfer::new), Audience.STAFF));
    static final ConsoleButton BUTTON = new ConsoleButton("transfer", "转办", AppealAction.TRANSFER, "转办理由",
            ConsoleButton.Input.DEPARTMENT, (ref, filled) -> new Transfer(ref, filled.chosenDepartment(), filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return env.toDepartment(department, d -> appeal.transfer(by, env.at(), d, reason));
    }

    @Override
    public boolean announce(Announcements out) {
        return out.moved("转办");
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已将 **" + appeal.number().value() + "** 转至 " + department + ", 已通知该部门。";
    }
}
