package cn.xuanhua.bot.core.command;

/**
 * A chat command of contract section 5, as parsed by {@link CommandParser}. Commands that change an appeal
 * are {@link AppealCommand}s; the rest are answered without changing anything.
 */
public sealed interface Command permits Command.Query, Command.MyAppeals, Command.Todo, Command.WeeklyDigest,
        Command.Help, Command.FileOnBehalf, Command.Unknown, Command.Malformed, AppealCommand {

    /** 查询 编号: anyone; status, department, due date, last progress note. */
    record Query(AppealRef ref) implements Command {
    }

    /** "我的诉求" in free text: the writer's appeals not yet closed, in the group asked in (every group in private). */
    record MyAppeals() implements Command {
    }

    /**
     * 代报: a staff member files an appeal for someone. In a group the text is the appeal; in a private chat with
     * the app the first word names the group ({@code 代报 南关街道 门口路灯坏了}).
     */
    record FileOnBehalf(String text) implements Command {
    }

    /** 待办: a staff member's list of their department's open appeals. */
    record Todo() implements Command {
    }

    /** 周报 (last ISO week) or 周报 本周 (this week so far): the group owner pulls the group's digest. */
    record WeeklyDigest(boolean thisWeek) implements Command {
    }

    /** 帮助: the commands this person may use. */
    record Help() implements Command {
    }

    /**
     * Not a command. {@code prefixed} when it began with / or #: then the writer meant a command and gets help;
     * otherwise it may be an appeal for intake.
     */
    record Unknown(String text, boolean prefixed) implements Command {
    }

    /** A known command word with missing or unreadable parts; {@code usage} shows how it is written. */
    record Malformed(String keyword, String usage) implements Command {
    }
}
