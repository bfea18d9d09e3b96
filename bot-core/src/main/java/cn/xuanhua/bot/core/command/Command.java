package cn.xuanhua.bot.core.command;

/**
 * A chat command (docs/chat.md), as read by {@link CommandParser}. Each command is one class that holds all of
 * it: its words and how they are read, whom 帮助 shows it to, and what running it does. Commands that change an
 * appeal are {@link AppealCommand}s; the rest answer without changing anything.
 */
public sealed interface Command permits AppealCommand, Todo, Query, FileOnBehalf, MyAppeals, WeeklyDigest, Help,
        Command.Unknown, Command.Malformed {

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

    /** A known command word with missing or unreadable parts; {@code usage} shows how it is written. */
    record Malformed(String keyword, String usage) implements Command {
        @Override
        public CommandResult run(CommandRun run) {
            return run.help("格式: " + usage + "\n\n");
        }
    }
}
