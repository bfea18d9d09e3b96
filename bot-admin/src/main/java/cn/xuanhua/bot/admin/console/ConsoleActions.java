package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.audit.AuditLog;
import cn.xuanhua.bot.admin.jobs.OutboxWorker;
import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.audit.Changes;
import cn.xuanhua.bot.core.command.ChatContext;
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

    public ConsoleActions(CommandHandler commands, TransactionTemplate transactions, OutboxWorker outbox,
                          AuditLog audit, AppealQueries appeals) {
        this.audit = audit;
        this.appeals = appeals;
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
        Actor by = me.actor().orElseThrow(() -> new ForbiddenException("您的账号没有关联工作人员, 不能办理诉求"));
        var command = action.command(new AppealRef.Full(number), input);
        // A fresh id per click: the handler keys answers by message id, and each click is a new message.
        CommandRequest request = new CommandRequest("console:" + UUID.randomUUID(), by.userId(),
                ChatContext.console(), action.label() + " " + number.value());
        CommandResult result = transactions.execute(status -> {
            AppealListing before = listing(number);
            CommandResult handled = commands.handle(request, command, by);
            if (handled != null && handled.outcome() == CommandResult.Outcome.DONE) {
                audit.record(me, "诉求" + action.label(), number.value(), changes(action, input, before,
                        listing(number)));
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

    private AppealListing listing(AppealNumber number) {
        return appeals.byNumber(number.value()).map(c -> c.appeal()).orElse(null);
    }

    /** What the action changed on the appeal, and what was typed with it. */
    private static Changes changes(ConsoleAction action, ConsoleAction.Input input, AppealListing before,
                                   AppealListing after) {
        Changes changes = new Changes();
        if (before != null && after != null) {
            changes.field("状态", before.status().label(), after.status().label())
                    .field("承办单位", before.departmentCode(), after.departmentCode())
                    .field("办理期限", before.dueAt(), after.dueAt())
                    .field("待批延期 (工作日)", before.extensionDays(), after.extensionDays());
        }
        changes.field("说明", null, input.note());
        return changes.isEmpty() ? changes.note(action.label()) : changes;
    }

    /** Answers are chat markdown; the page shows plain text. */
    private static String plain(String markdown) {
        return markdown.replace("**", "").replace("\n> ", "\n");
    }
}
