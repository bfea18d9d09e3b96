package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.inbound.InboxQueue;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A handled batch's "handled" marks in one UPDATE, each row's status and outcome picked by its id. Plain JDBC with
 * the statement text built once per row count, as {@link InboxRowsInsert}: it runs once per batch an inbox worker
 * handles, and one statement per message was a seventh of what a message cost the database.
 */
final class InboxRowsFinish {
    private final JdbcTemplate jdbc;
    private final String[] statements;

    InboxRowsFinish(DataSource dataSource, int maxRows) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.statements = new String[maxRows + 1];
        for (int n = 1; n <= maxRows; n++) {
            String cases = String.join(" ", Collections.nCopies(n, "WHEN ? THEN ?"));
            statements[n] = "UPDATE inbox_message SET status = CASE id " + cases + " END, outcome = CASE id " + cases
                    + " END, processed_at = ? WHERE id IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
        }
    }

    /** The largest batch one statement takes. */
    int maxRows() {
        return statements.length - 1;
    }

    /**
     * Marks every message of {@code handled} (at most {@link #maxRows()}) with its status and outcome (cut to the
     * column, as {@link MybatisInbox#finish} does), in id order (the order claims lock them in).
     */
    void finishAll(List<InboxQueue.Handled> handled, LocalDateTime at) {
        List<InboxQueue.Handled> rows = handled.stream()
                .sorted(Comparator.comparingLong(h -> h.message().id())).toList();
        jdbc.update(statements[rows.size()], (PreparedStatement ps) -> {
            int i = 1;
            for (InboxQueue.Handled h : rows) {
                ps.setLong(i++, h.message().id());
                ps.setString(i++, h.result().status().name());
            }
            for (InboxQueue.Handled h : rows) {
                ps.setLong(i++, h.message().id());
                ps.setString(i++, MybatisInbox.truncate(h.result().outcome()));
            }
            ps.setString(i++, MillisecondTimes.bindable(at));
            for (InboxQueue.Handled h : rows) {
                ps.setLong(i++, h.message().id());
            }
        });
    }
}
