package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.audit.Changes;
import cn.xuanhua.bot.core.command.ChatContext;
import cn.xuanhua.bot.core.command.Command;
import cn.xuanhua.bot.core.command.CommandHandler;
import cn.xuanhua.bot.core.command.CommandRequest;
import cn.xuanhua.bot.core.command.CommandResult;
import cn.xuanhua.bot.core.command.AppealRef;
import cn.xuanhua.bot.core.error.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * Runs a console action as the chat command it is: through {@link CommandHandler}, in one transaction like the
 * inbox worker, so the change, its timeline event, the group post and the staff notices are stored together. The
 * console user acts as their linked staff member, an administrator as the console; the answer a chat user would
 * get is returned for the page instead of being sent. An action that changed the appeal is recorded in the audit
 * trail in that transaction; a refused one changed nothing and records nothing.
 */
@Service
public class ConsoleActions {
    private final CommandHandler commands;
    private final TransactionTemplate transactions;
    private final OutboxWorker outbox;
    private final AuditLog audit;
    private final AppealQueries appeals;
    private final Appeals aggregates;

    public ConsoleActions(CommandHandler commands, TransactionTemplate transactions, OutboxWorker outbox,
                          AuditLog audit, AppealQueries appeals, Appeals aggregates) {
        this.audit = audit;
        this.appeals = appeals;
        this.aggregates = aggregates;
        this.commands = commands;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    /** What came of an action: whether the appeal changed, and the handler's answer or refusal in plain text. */
    public record Outcome(boolean done, String message) {
    }

    /**
     * @throws ForbiddenException when the user is linked to no staff member and so cannot act at all
     * @throws cn.xuanhua.bot.core.error.InvalidInputException when a field the action needs is missing
     */
    public Outcome run(ConsoleUser me, AppealNumber number, ConsoleAction action, ConsoleAction.Input input) {
        return run(me, number, action.label(), action.command(new AppealRef.Full(number), input), input.note());
    }

    /**
     * Runs a chat command that is no {@link ConsoleAction} because it names a second appeal (并单, 拆单; docs/api.md,
     * "Console pages"), the same way: {@code number} is the appeal whose page it was run from, the target of the
     * audit entry, and {@code label} the command word ("并单"), its action being "诉求" + label.
     *
     * @throws ForbiddenException when the user is linked to no staff member and so cannot act at all
     */
    public Outcome run(ConsoleUser me, AppealNumber number, String label, Command command) {
        return run(me, number, label, command, null);
    }

    private Outcome run(ConsoleUser me, AppealNumber number, String label, Command command, String note) {
        Actor by = me.actor().orElseThrow(() -> new ForbiddenException("您的账号没有关联工作人员, 不能办理诉求"));
        // A fresh id per click: the handler keys answers by message id, and each click is a new message.
        CommandRequest request = new CommandRequest("console:" + UUID.randomUUID(), by.userId(),
                ChatContext.console(), label + " " + number.value());
        CommandResult result = transactions.execute(status -> {
            State before = state(number);
            CommandResult handled = commands.handle(request, command, by);
            if (handled != null && handled.outcome() == CommandResult.Outcome.DONE) {
                audit.record(me, "诉求" + label, number.value(), changes(label, note, before, state(number)));
            }
            return handled;
        });
        boolean done = result != null && result.outcome() == CommandResult.Outcome.DONE;
        if (done) {
            // The group post is committed: send it now rather than at the next poll.
            outbox.wake();
        }
        return new Outcome(done, result == null || result.answer() == null ? "" : plain(result.answer()));
    }

    /** What the audit entry compares: the listing's fields, and the appeal a 并单 closed this one into. */
    private record State(AppealListing listing, String mergedInto) {
    }

    private State state(AppealNumber number) {
        AppealListing listing = appeals.byNumber(number.value()).map(c -> c.appeal()).orElse(null);
        String mergedInto = aggregates.byNumber(number).flatMap(Appeal::mergedInto).map(AppealNumber::value)
                .orElse(null);
        return new State(listing, mergedInto);
    }

    /** What the action changed on the appeal, and what was typed with it. */
    private static Changes changes(String label, String note, State before, State after) {
        Changes changes = new Changes();
        if (before.listing() != null && after.listing() != null) {
            changes.field("状态", before.listing().status().label(), after.listing().status().label())
                    .field("承办单位", before.listing().departmentCode(), after.listing().departmentCode())
                    .field("办理期限", before.listing().dueAt(), after.listing().dueAt())
                    .field("待批延期 (工作日)", before.listing().extensionDays(), after.listing().extensionDays());
        }
        changes.field("并入", before.mergedInto(), after.mergedInto()).field("说明", null, note);
        return changes.isEmpty() ? changes.note(label) : changes;
    }

    /** Answers are chat markdown; the page shows plain text. */
    private static String plain(String markdown) {
        return markdown.replace("**", "").replace("\n> ", "\n");
    }
}
