package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/** 补充 编号 内容: the requester adds to their appeal; the handler (or the department) is told. */
public record Supplement(AppealRef ref, String text) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("补充", "补充 编号 内容",
            "补充 编号 内容: 补充说明您的诉求", a -> a.withRefAndText(Supplement::new), Audience.REQUESTER));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.supplement(by, env.at(), text);
    }

    @Override
    public boolean announce(Announcements out) {
        return out.tell(out.handlerOrStaff(), StaffNotices.supplemented(out.appeal(), out.event().note()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已将补充内容加入 **" + appeal.number().value() + "**, 已转告 " + department + "。";
    }
}
