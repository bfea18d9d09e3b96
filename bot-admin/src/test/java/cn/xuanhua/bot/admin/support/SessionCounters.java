package cn.xuanhua.bot.admin.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Supplier;

/**
 * How much a piece of work moved MariaDB's session counters: the measure of "reads about as many rows whatever the
 * table holds" and "one statement for the batch" tests.
 */
public final class SessionCounters {
    /** Every way the storage engine hands a row to the server. */
    public static final List<String> ROWS_READ = List.of("HANDLER_READ_FIRST", "HANDLER_READ_KEY",
            "HANDLER_READ_LAST", "HANDLER_READ_NEXT", "HANDLER_READ_PREV", "HANDLER_READ_RND", "HANDLER_READ_RND_NEXT");
    public static final List<String> UPDATES = List.of("COM_UPDATE");

    private SessionCounters() {
    }

    /** Rows the storage engine handed to the server while {@code work} ran. */
    public static long rowsReadBy(BotInstance bot, Runnable work) {
        return change(bot, ROWS_READ, work);
    }

    /**
     * How much the sum of {@code counters} moved while {@code work} ran, on one connection (one transaction). The
     * status query itself may move them too (it reads rows); its share is measured by reading them twice and taken
     * off.
     */
    public static long change(BotInstance bot, List<String> counters, Runnable work) {
        JdbcTemplate db = bot.db();
        String names = String.join("', '", counters);
        Supplier<Long> sum = () -> db.queryForObject("SELECT SUM(VARIABLE_VALUE) FROM information_schema.SESSION_STATUS"
                + " WHERE VARIABLE_NAME IN ('" + names + "')", Long.class);
        return bot.bean(TransactionTemplate.class).execute(tx -> {
            long first = sum.get();
            long second = sum.get();
            work.run();
            long third = sum.get();
            return (third - second) - (second - first);
        });
    }
}
