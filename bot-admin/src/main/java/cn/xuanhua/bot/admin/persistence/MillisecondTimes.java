package cn.xuanhua.bot.admin.persistence;

import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Binds every {@link LocalDateTime} as text to the millisecond, so that MariaDB keeps the milliseconds its
 * {@code DATETIME(3)} columns hold.
 *
 * <p>MySQL Connector/J decides from the server's version whether the server stores fractions of a second, and
 * MariaDB 10.x announces itself as {@code 5.5.5-10.x.y-MariaDB}: the driver reads 5.5.5, older than MySQL 5.6.4, and
 * silently cuts every time it binds to the whole second (MariaDB 11 dropped the prefix). A retry due in 0.4 s was
 * stored as due at the start of the current second, so the outbox sent it again at once and parked a post after its
 * last attempt while WeCom was still down; a lease or a back-off of minutes came up to a second short. Text is
 * converted by the server itself, on MySQL, MariaDB and H2 alike. Cut to milliseconds here, because MySQL rounds the
 * digits it cannot keep (23:59:59.9996 would become the next day) where MariaDB truncates them.
 */
public class MillisecondTimes extends BaseTypeHandler<LocalDateTime> {
    private static final DateTimeFormatter TO_THE_MILLISECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    /** The text a time is bound as; also for the statements written with plain JDBC. */
    public static String bindable(LocalDateTime time) {
        return time == null ? null : TO_THE_MILLISECOND.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, LocalDateTime time, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, bindable(time));
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    @Override
    public LocalDateTime getNullableResult(CallableStatement cs, int column) throws SQLException {
        return cs.getObject(column, LocalDateTime.class);
    }
}
