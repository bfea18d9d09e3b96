package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/** 批准延期 编号: a dispatcher or leader grants the extension asked for; the group learns the new due date. */
public record ApproveExtension(AppealRef ref) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("批准延期", "批准延期 编号", "批准延期 编号",
            a -> a.withRef(ApproveExtension::new), Audience.SUPERVISOR));
    static final ConsoleButton BUTTON = new ConsoleButton("approve-extension", "批准延期",
            AppealAction.APPROVE_EXTENSION, null, ConsoleButton.Input.NOTE_ONLY, (ref, filled) -> new ApproveExtension(ref));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.approveExtension(by, env.at(), env.workingDays());
    }

    @Override
    public boolean announce(Announcements out) {
        out.tell(out.handlerOrStaff(), StaffNotices.extensionApproved(out.appeal(), out.by()));
        return out.post(GroupPosts.extended(out.appeal()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已批准 **" + appeal.number().value() + "** 延期, 新的办理期限 " + time(appeal.dueAt()) + ", 已告知企业。";
    }
}
