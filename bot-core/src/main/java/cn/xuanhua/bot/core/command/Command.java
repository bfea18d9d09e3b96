package cn.xuanhua.bot.core.command;

/**
 * A chat command (docs/chat.md), as read by {@link CommandParser}. Each command is one class that holds all of
 * it: its words and how they are read, whom 帮助 shows it to, and what running it does. Commands that change an
 * appeal are {@link AppealCommand}s; the rest answer without changing anything.
 */
public sealed interface Command permits AppealCommand, MergeAppeals, SplitAppeal, Todo, Query, FileOnBehalf,
        FileNewAppeal, MyAppeals, WeeklyDigest, Help,
        Command.Unknown, Command.Malformed, Command.Misspelt {

    /** Runs for the person who gave it; everything to be said is queued in the outbox. */
    CommandResult run(CommandRun run);

    /**
     * Not a command. {@code prefixed} when it began with / or #: then the writer meant a command and gets help;
     * otherwise it may be an appeal for intake.
     */
    record Unknown(String text, boolean prefixed) implements Command {
        @Override
        public CommandResult run(CommandRun run) {
            return run.help("未识别的命令。\n\n");
        }
    }

    /**
     * A word one letter away from a command word, followed by an appeal number ({@code 受里 0007}): the writer is
     * told the command to send, with the number in full, and nothing changes. The inbound router treats it as
     * ordinary text unless the number is one of the writer's appeals ({@link CommandHandler#knows}), so that
     * {@code 进货 3000元} still reaches intake.
     *
     * @param written what they wrote instead of the word
     * @param meant   the command word they meant
     * @param ref     the appeal they named
     * @param rest    what followed the number, as written
     */
    record Misspelt(String written, String meant, AppealRef ref, String rest) implements Command {
        @Override
        public CommandResult run(CommandRun run) {
            String number = run.locate(ref).number().value();
            String command = meant + " " + number + (rest.isEmpty() ? "" : " " + rest);
            return run.reply(CommandResult.Outcome.HELP, "未识别「" + cn.xuanhua.bot.core.outbound.ChatText.md(written) + "」。您是否要发送:\n"
                    + cn.xuanhua.bot.core.outbound.ChatText.md(command), null);
        }
    }

    /** A known command word with missing or unreadable parts; {@code usage} shows how it is written. */
    record Malformed(String keyword, String usage) implements Command {
        @Override
        public CommandResult run(CommandRun run) {
            return run.help("格式: " + usage + "\n\n");
        }
    }
}
