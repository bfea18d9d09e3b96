package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.inbound.ArchiveCursor;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.LocalDateTime;

/** {@link ArchiveCursor} on the {@code archive_cursor} table (one row for the chat archive). */
@Repository
public class MybatisArchiveCursor implements ArchiveCursor {
    private static final String SOURCE = "msgaudit";
    private final ArchiveCursorMapper mapper;
    private final Clock clock;

    public MybatisArchiveCursor(ArchiveCursorMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public long lastSeq() {
        ArchiveCursorRecord r = mapper.selectById(SOURCE);
        return r == null ? 0 : r.getLastSeq();
    }

    @Override
    public void advanceTo(long seq) {
        ArchiveCursorRecord r = new ArchiveCursorRecord();
        r.setSource(SOURCE);
        r.setLastSeq(seq);
        r.setUpdatedAt(LocalDateTime.now(clock));
        if (mapper.updateById(r) == 0) {
            mapper.insert(r);
        }
    }
}
