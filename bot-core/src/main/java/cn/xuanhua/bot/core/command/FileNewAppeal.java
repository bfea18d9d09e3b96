package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.command.CommandWord.Audience;

import java.util.List;

/**
 * 新诉求 内容: an owner files the text as a new appeal, whatever intake would make of it. It is the way back when
 * intake took a new problem for a 补充 of the writer's open appeal (the answer to such a 补充 names this command),
 * and for any owner who wants a message registered. Intake files it (it makes an appeal, not a change): the
 * inbound router hands it there before commands run, so here it only ever gets help (docs/chat.md).
 */
public record FileNewAppeal(String text) implements Command {
    /** How it is written, as the answers that point to it name it. */
    public static final String USAGE = "新诉求 问题内容";
    /** The answer to an inferred 补充 and the handler's notice of one: how to file the words anew. */
    public static final String WAY_BACK = "发送「" + USAGE + "」另行提交。";

    static final List<CommandWord> WORDS = List.of(CommandWord.of("新诉求", USAGE,
            USAGE + ": 另外提交一个新诉求 (不并入您办理中的诉求)",
            a -> a.rest().isEmpty() ? a.malformed() : new FileNewAppeal(a.rest()), Audience.REQUESTER));

    @Override
    public CommandResult run(CommandRun run) {
        return run.help("");
    }
}
