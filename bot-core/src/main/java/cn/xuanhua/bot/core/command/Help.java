package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

/** 帮助 (also {@code help} and {@code ?}): the commands this person may use. */
public record Help() implements Command {
    static final String WORD = "帮助";
    static final List<CommandWord> WORDS = List.of(CommandWord.of(WORD, WORD, null, a -> a.alone(new Help()),
            Audience.NONE));

    @Override
    public CommandResult run(CommandRun run) {
        return run.help("");
    }
}
