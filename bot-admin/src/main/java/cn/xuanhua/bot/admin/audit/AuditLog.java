package cn.xuanhua.bot.admin.audit;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.audit.AuditEntry;
import cn.xuanhua.bot.core.audit.AuditTrail;
import cn.xuanhua.bot.core.audit.Changes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Makes a change from the console or the API and records it in the audit trail, in one transaction
 * (docs/api.md "Audit trail"): the change writes what it did into {@link Changes}; when it fails (bad input, a
 * conflict) the transaction rolls back and nothing is recorded, and a change that altered nothing records nothing
 * either. The actor is the logged-in account; the time is the injected clock's, in the bot's zone.
 */
@Service
public class AuditLog {
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public AuditLog(AuditTrail trail, TransactionTemplate transactions, Clock clock) {
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Runs {@code change} in a transaction (joining one that is already open) and records it as {@code action} on
     * {@code target} by {@code by}.
     *
     * @return what the change returned
     */
    public <T> T change(ConsoleUser by, String action, String target, Function<Changes, T> change) {
        return transactions.execute(status -> {
            Changes changes = new Changes();
            T result = change.apply(changes);
            record(by, action, target, changes);
            return result;
        });
    }

    /** {@link #change(ConsoleUser, String, String, Function)} for a change that returns nothing. */
    public void run(ConsoleUser by, String action, String target, Consumer<Changes> change) {
        change(by, action, target, changes -> {
            change.accept(changes);
            return null;
        });
    }

    /**
     * Records a change made in the caller's open transaction (one that must decide for itself whether it changed
     * anything, such as an appeal action the appeal may refuse).
     */
    public void record(ConsoleUser by, String action, String target, Changes changes) {
        if (!changes.isEmpty()) {
            trail.record(new AuditEntry(LocalDateTime.now(clock), by.username(), action, target, changes.describe()));
        }
    }

    /** One page of the trail, newest first. */
    public ResultPage<AuditEntry> page(int page, int size) {
        return trail.page(page, size);
    }
}
