package cn.xuanhua.bot.core.command;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A command word as people type it and read it: the word, how the command is written, who sees it in 帮助 (and
 * with which line), and how the parts after the word are read. Each command class declares its own words (a
 * static {@code WORDS} list); {@link Commands} collects them.
 *
 * @param word     what starts the command (受理); matched before shorter words it contains (不满意 before 满意)
 * @param usage    how the command is written, shown when it is malformed
 * @param help      its line in 帮助; null when it shares the line of another word (基本满意 under 满意)
 * @param audiences whose 帮助 lists it
 * @param reader    reads the parts after the word into the command, or says it is malformed or no command
 */
record CommandWord(String word, String usage, String help, Set<Audience> audiences, Function<Args, Command> reader) {

    CommandWord {
        audiences = Set.copyOf(audiences);
    }

    /** A word listed in the 帮助 of one audience or more. */
    static CommandWord of(String word, String usage, String help, Function<Args, Command> reader, Audience first,
                          Audience... more) {
        return new CommandWord(word, usage, help, EnumSet.of(first, more), reader);
    }

    /** Whose 帮助 lists a command: a person's help shows their own audience's commands, in registry order. */
    public enum Audience {
        /** Whoever wrote an appeal: 查询, 补充, the ratings. */
        REQUESTER,
        /** Department staff, and dispatchers and leaders too. */
        STAFF,
        /** Dispatchers and leaders only. */
        SUPERVISOR,
        /** The owner of a group: 周报. */
        GROUP_OWNER,
        /** Nobody's list: 帮助 itself, and words that share another's line. */
        NONE
    }

    /** The answer to a command word written without the parts it needs. */
    Command.Malformed malformed() {
        return new Command.Malformed(word, usage);
    }
}
