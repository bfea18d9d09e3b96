package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.Transition;

/**
 * A command that changes one appeal. Each knows which transition of {@link Appeal} it is (the appeal decides
 * whether the person may), what to answer once it is done and whom to tell, so running one is always the same:
 * find the appeal, apply, save, announce, answer ({@link CommandRun#change}).
 */
public sealed interface AppealCommand extends Command permits Accept, Progress, Resolve, Transfer,
        ReturnToDispatcher, RequestExtension, Reassign, ApproveExtension, RejectExtension, Supervise, Supplement, Rate {

    /** The appeal it is about, as written. */
    AppealRef ref();

    /** Asks the appeal to change; the appeal decides whether {@code by} may. */
    Transition applyTo(Appeal appeal, Actor by, CommandEnv env);

    /**
     * Queues what the change tells the group and staff (the first event of the change is this command's own);
     * returns true when something was posted into the appeal's group.
     */
    boolean announce(Announcements out);

    /** The answer to the person who gave it, once done; {@code department} is where the appeal is now. */
    String answer(Appeal appeal, String department);

    @Override
    default CommandResult run(CommandRun run) {
        return run.change(this);
    }
}
