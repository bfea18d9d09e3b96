package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

/**
 * 代报: a staff member files an appeal for someone. In a group the text is the appeal; in a private chat with the
 * app the first word names the group ({@code 代报 南关街道 门口路灯坏了}). Intake files it (it makes an appeal, not a
 * change): the inbound router hands it there before commands run, so here it only ever gets help.
 */
public record FileOnBehalf(String text) implements Command {
    static final List<CommandWord> WORDS = List.of(CommandWord.of("代报", "代报 内容 (在应用里: 代报 群名 内容)",
            "代报 内容: 替企业提交诉求 (在应用里: 代报 群名 内容)",
            a -> a.rest().isEmpty() ? a.malformed() : new FileOnBehalf(a.rest()), Audience.STAFF));

    @Override
    public CommandResult run(CommandRun run) {
        return run.help("");
    }
}
