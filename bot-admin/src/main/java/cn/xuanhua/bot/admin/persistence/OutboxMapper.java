package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** MyBatis-Plus mapper of {@link OutboxRecord}. */
@Mapper
public interface OutboxMapper extends BaseMapper<OutboxRecord> {

    /**
     * The earliest waiting message of the first destination after {@code after} (by name), or null: one probe of
     * ix_outbox_queue (status, destination, id). Only id, destination and next_attempt_at are read.
     */
    @Select("SELECT id, destination, next_attempt_at FROM outbox_message WHERE status = 'PENDING'"
            + " AND destination > #{after} ORDER BY destination, id LIMIT 1")
    OutboxRecord firstWaitingAfter(String after);
}
