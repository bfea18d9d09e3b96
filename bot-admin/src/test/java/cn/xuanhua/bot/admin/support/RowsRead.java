package cn.xuanhua.bot.admin.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/** How many rows a piece of work made MariaDB read: the measure of "does not grow with the table" tests. */
public final class RowsRead {
    private RowsRead() {
    }

    /**
     * Rows the storage engine handed to the server while {@code work} ran, on one connection (one transaction). The
     * status query itself reads rows too; its share is measured by reading the counters twice and taken off.
     */
    public static long by(BotInstance bot, Runnable work) {
        JdbcTemplate db = bot.db();
        Supplier<Long> counters = () -> db.queryForObject("SELECT SUM(VARIABLE_VALUE) FROM information_schema.SESSION_STATUS"
                + " WHERE VARIABLE_NAME IN ('HANDLER_READ_FIRST', 'HANDLER_READ_KEY', 'HANDLER_READ_LAST',"
                + " 'HANDLER_READ_NEXT', 'HANDLER_READ_PREV', 'HANDLER_READ_RND', 'HANDLER_READ_RND_NEXT')", Long.class);
        return bot.bean(TransactionTemplate.class).execute(tx -> {
            long first = counters.get();
            long second = counters.get();
            work.run();
            long third = counters.get();
            return (third - second) - (second - first);
        });
    }
}
