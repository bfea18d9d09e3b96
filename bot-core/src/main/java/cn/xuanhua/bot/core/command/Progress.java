package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;


/** 进展 编号 内容: a progress note, posted (masked) into the group. */
public record Progress(AppealRef ref, String note) implements AppealCommand {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("进展", "进展 编号 内容", "进展 编号 内容",
            a -> a.withRefAndText(Progress::new), Audience.STAFF));
    static final ConsoleButton BUTTON = new ConsoleButton("progress", "进展", AppealAction.PROGRESS, "进展内容",
            ConsoleButton.Input.NOTE_ONLY, (ref, filled) -> new Progress(ref, filled.note()));

    @Override
    public Transition applyTo(Appeal appeal, Actor by, CommandEnv env) {
        return appeal.progress(by, env.at(), note);
    }

    @Override
    public boolean announce(Announcements out) {
        return out.post(GroupPosts.progress(out.appeal(), out.maskedNote()));
    }

    @Override
    public String answer(Appeal appeal, String department) {
        return "已记录 **" + appeal.number().value() + "** 的办理进展, 已告知企业。";
    }
}
