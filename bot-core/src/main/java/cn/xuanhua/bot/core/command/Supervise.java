package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/**
 * 督办 编号 内容: a leader or dispatcher presses the handling department: its staff get the note, the group sees that
 * the appeal is supervised and by whom.
 */
public record Supervise(AppealRef ref, String note) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("督办", "督办 编号 内容", "督办 编号 内容",
            a -> a.withRefAndText(Supervise::new), Audience.SUPERVISOR));
    static final ConsoleButton BUTTON = new ConsoleButton("supervise", "督办", AppealAction.SUPERVISE, "督办内容",
            ConsoleButton.Input.NOTE_ONLY, (ref, filled) -> new Supervise(ref, filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.supervise(by, env.at(), note);
    }

    @Override
    public boolean announce(Announcements out) {
        Appeal a = out.appeal();
        out.tell(out.staffOf(a.departmentCode()), StaffNotices.supervised(a, out.by(), out.event().note()));
        return out.post(GroupPosts.supervised(a, out.publicName()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已督办 **" + appeal.number().value() + "**, 已通知 " + department + "。";
    }
}
