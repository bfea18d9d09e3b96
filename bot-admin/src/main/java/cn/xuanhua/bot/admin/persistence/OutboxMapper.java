package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** MyBatis-Plus mapper of {@link OutboxRecord}. */
@Mapper
public interface OutboxMapper extends BaseMapper<OutboxRecord> {

    /** Queues a message: fixed SQL, for the reason given at {@link AppealMapper#insertNew}. */
    @Insert("INSERT INTO outbox_message (idempotency_key, delivery_id, recipient_kind, target, destination,"
            + " group_code, mentions, msg_type, content, status, attempts, next_attempt_at, created_at,"
            + " appeal_number) VALUES (#{idempotencyKey}, #{deliveryId}, #{recipientKind}, #{target},"
            + " #{destination}, #{groupCode}, #{mentions}, #{msgType}, #{content}, #{status}, #{attempts},"
            + " #{nextAttemptAt}, #{createdAt}, #{appealNumber})")
    int insertNew(OutboxRecord message);

    /**
     * The earliest waiting message of the first destination after {@code after} (by name), or null: one probe of
     * ix_outbox_queue (status, destination, id). Only id, destination and next_attempt_at are read.
     */
    @Select("SELECT id, destination, next_attempt_at FROM outbox_message WHERE status = 'PENDING'"
            + " AND destination > #{after} ORDER BY destination, id LIMIT 1")
    OutboxRecord firstWaitingAfter(String after);
}
