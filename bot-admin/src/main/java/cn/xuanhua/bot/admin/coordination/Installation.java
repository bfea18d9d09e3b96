package cn.xuanhua.bot.admin.coordination;

import cn.xuanhua.bot.admin.persistence.MillisecondTimes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * This deployment's identity: a random id kept in the database (table {@code installation}, made with the schema).
 * Every key the bot keeps in Redis is prefixed with it, so two deployments sharing one Redis never skip, merge or
 * block each other's work, whatever namespace they were given.
 */
public final class Installation {
    private final String id;

    private Installation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Reads the id, making one if the row is gone (several instances starting at once agree on the first). */
    public static Installation load(JdbcTemplate db, Clock clock) {
        List<String> ids = db.queryForList("SELECT id FROM installation ORDER BY created_at, id", String.class);
        if (ids.isEmpty()) {
            db.update("INSERT INTO installation (id, created_at) VALUES (?, ?)", UUID.randomUUID().toString(),
                    MillisecondTimes.bindable(LocalDateTime.now(clock)));
            ids = db.queryForList("SELECT id FROM installation ORDER BY created_at, id", String.class);
        }
        return new Installation(ids.get(0));
    }
}
