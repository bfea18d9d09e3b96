package cn.xuanhua.bot.admin.jobs;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure says the database cannot be reached at all (no connection from the pool, a connection lost)
 * rather than that one piece of work went wrong. A job working through many items stops its round on the first
 * such failure: every other item would fail the same way, each after the pool's wait, each with a warning.
 */
final class DatabaseAway {
    private DatabaseAway() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
