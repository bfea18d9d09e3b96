package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/**
 * 补充 编号 内容: the requester adds to their appeal; the handler (or the department) is told. Intake also makes
 * one of an owner's free text that follows up an open appeal ({@code inferred}); the answer to that one says how to
 * file the words as a new appeal instead, since intake may have taken a new problem for a follow-up.
 */
public record Supplement(AppealRef ref, String text, boolean inferred) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("补充", "补充 编号 内容",
            "补充 编号 内容: 补充说明您的诉求", a -> a.withRefAndText(Supplement::new), Audience.REQUESTER));

    /** As the requester typed it: 补充 编号 内容. */
    public Supplement(AppealRef ref, String text) {
        this(ref, text, false);
    }

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.supplement(by, env.at(), text);
    }

    @Override
    public boolean announce(Announcements out) {
        return out.tell(out.handlerOrStaff(), StaffNotices.supplemented(out.appeal(), out.event().note(), inferred));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已将补充内容加入 **" + appeal.number().value() + "**, 已转告 " + department + "。"
                + (inferred ? "\n> 如果这是另一件事, 请" + FileNewAppeal.WAY_BACK : "");
    }
}
