package cn.xuanhua.bot.admin.persistence;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Several new inbox rows in one multi-row INSERT, for {@link InboxGroupCommit}. Plain JDBC with the statement text
 * built once per row count: it runs once per callback batch, and MyBatis's {@code <foreach>} script, evaluated
 * afresh on every call, was the largest single cost of a callback in the flight recording. A known message id
 * fails the statement as a whole with Spring's {@code DuplicateKeyException}, as the mapper's insert did.
 */
final class InboxRowsInsert {
    private final JdbcTemplate jdbc;
    private final String[] statements = new String[InboxGroupCommit.MAX_BATCH + 1];

    InboxRowsInsert(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int n = 1; n < statements.length; n++) {
            statements[n] = "INSERT INTO inbox_message " + InboxMapper.NEW_MESSAGE_COLUMNS + " VALUES "
                    + String.join(", ", Collections.nCopies(n, row));
        }
    }

    /** Inserts every row or none. */
    void insertAll(List<InboxRecord> rows) {
        jdbc.update(statements[rows.size()], (PreparedStatement ps) -> {
            int i = 1;
            for (InboxRecord r : rows) {
                i = bind(ps, i, r);
            }
        });
    }

    /** Binds one row's columns in the order of {@link InboxMapper#NEW_MESSAGE_COLUMNS}; returns the next index. */
    private static int bind(PreparedStatement ps, int i, InboxRecord r) throws SQLException {
        ps.setString(i++, r.getMessageId());
        ps.setString(i++, r.getChannel());
        ps.setString(i++, r.getChatId());
        ps.setString(i++, r.getChatType());
        ps.setString(i++, r.getSenderUserId());
        ps.setString(i++, r.getContent());
        ps.setString(i++, r.getResponseUrl());
        ps.setString(i++, MillisecondTimes.bindable(r.getSentAt()));
        ps.setString(i++, MillisecondTimes.bindable(r.getReceivedAt()));
        ps.setString(i++, r.getStatus());
        ps.setInt(i++, r.getAttempts());
        ps.setString(i++, MillisecondTimes.bindable(r.getNextAttemptAt()));
        return i;
    }
}
