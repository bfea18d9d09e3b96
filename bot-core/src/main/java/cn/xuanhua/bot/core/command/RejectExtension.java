package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/**
 * 不批准延期 编号 [理由]: a dispatcher or leader turns the extension request down; the due date stays. The handler is
 * told; the group is not (it never heard of the request's outcome being pending: a granted one moves its date).
 */
public record RejectExtension(AppealRef ref, String reason) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("不批准延期", "不批准延期 编号 [理由]",
            "不批准延期 编号 理由", a -> a.withRef(ref -> new RejectExtension(ref, a.rest())), Audience.SUPERVISOR));
    static final ConsoleButton BUTTON = new ConsoleButton("reject-extension", "不批准",
            AppealAction.REJECT_EXTENSION, "不批准的理由 (可不填)", ConsoleButton.Input.NOTE_ONLY,
            (ref, filled) -> new RejectExtension(ref, filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.rejectExtension(by, env.at(), reason);
    }

    @Override
    public boolean announce(Announcements out) {
        return out.tell(out.handlerOrStaff(), StaffNotices.extensionRejected(out.appeal(), out.by(), out.event().note()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "未批准 **" + appeal.number().value() + "** 的延期申请, 办理期限仍为 " + time(appeal.dueAt()) + ", 已告知承办人。";
    }
}
