package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.command.CommandWord.Audience;

/** 帮助: the commands this person may use, nothing more, each with the line its class gives it. */
final class HelpText {
    private static final String NUMBERS = "\n编号可写完整编号 (XH20261126-0007) 或末几位 (0007)。";
    private static final String HOW_TO_ASK = "\n在群里直接描述遇到的问题, 即可提交诉求。";

    private HelpText() {
    }

    static String forActor(Actor by, boolean groupOwner) {
        boolean staff = by.isStaff() || by.supervises();
        StringBuilder s = new StringBuilder("**诉求助手 · 您可以使用的命令**");
        lines(s, staff ? Audience.STAFF : Audience.REQUESTER);
        if (by.supervises()) {
            s.append('\n');
            lines(s, Audience.SUPERVISOR);
        }
        if (groupOwner) {
            lines(s, Audience.GROUP_OWNER);
        }
        return s.append(staff ? NUMBERS : HOW_TO_ASK).toString();
    }

    private static void lines(StringBuilder s, Audience audience) {
        Commands.words().stream().filter(w -> w.help() != null && w.audiences().contains(audience))
                .forEach(w -> s.append("\n- ").append(w.help()));
    }
}
