package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/** 满意 / 基本满意 / 不满意 编号 [意见]: the requester rates the result; 不满意 reopens the appeal to its department. */
public record Rate(AppealRef ref, Satisfaction rating, String comment) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(
            CommandWord.of("满意", "满意 编号", "满意 / 基本满意 / 不满意 编号: 评价办理结果",
                    a -> read(a, Satisfaction.SATISFIED), Audience.REQUESTER),
            CommandWord.of("基本满意", "基本满意 编号", null, a -> read(a, Satisfaction.BASICALLY_SATISFIED),
                    Audience.REQUESTER),
            CommandWord.of("不满意", "不满意 编号", null, a -> read(a, Satisfaction.DISSATISFIED), Audience.REQUESTER));

    private static Command read(Args a, Satisfaction rating) {
        return a.withRef(ref -> new Rate(ref, rating, a.rest()));
    }

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.rate(by, env.at(), rating, comment);
    }

    @Override
    public boolean announce(Announcements out) {
        return out.tell(out.handlerOrStaff(), StaffNotices.rated(out.appeal(), out.event().note()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        String n = "**" + appeal.number().value() + "**";
        String label = appeal.state().satisfaction().label();
        return appeal.status() == AppealStatus.CLOSED ? "感谢您的评价 (" + label + "), 诉求 " + n + " 已结案。"
                : "已收到您的评价 (" + label + "), 诉求 " + n + " 已交回 " + department + " 重新办理。";
    }
}
