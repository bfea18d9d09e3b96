package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/** 改派 编号 部门 [理由]: a dispatcher or leader moves the appeal to another department. */
public record Reassign(AppealRef ref, String department, String reason) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("改派", "改派 编号 部门", "改派 编号 部门",
            a -> a.withRefAndDepartment(false, Reassign::new), Audience.SUPERVISOR));
    static final ConsoleButton BUTTON = new ConsoleButton("reassign", "改派", AppealAction.REASSIGN, "改派说明 (可不填)",
            ConsoleButton.Input.DEPARTMENT, (ref, filled) -> new Reassign(ref, filled.chosenDepartment(), filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return env.toDepartment(department, d -> appeal.reassign(by, env.at(), d, reason));
    }

    @Override
    public boolean announce(Announcements out) {
        return out.moved("改派");
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已将 **" + appeal.number().value() + "** 改派至 " + department + ", 已通知该部门。";
    }
}
