package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDateTime;

/** MyBatis-Plus mapper of {@link InboxRecord}. */
@Mapper
public interface InboxMapper extends BaseMapper<InboxRecord> {
    /** What a new message is stored with, in the order of the values below. */
    String NEW_MESSAGE_COLUMNS = "(message_id, channel, chat_id, chat_type, sender_user_id, content, response_url,"
            + " sent_at, received_at, status, attempts, next_attempt_at)";

    /**
     * Stores a new message. Fixed SQL rather than {@link #insert}: the callback answers WeCom only after this insert,
     * and MyBatis-Plus's insert builds its statement for each call from the fields that are set (a dynamic script),
     * which cost the callback more than the insert itself.
     */
    @Insert("INSERT INTO inbox_message " + NEW_MESSAGE_COLUMNS + " VALUES (#{messageId}, #{channel}, #{chatId},"
            + " #{chatType}, #{senderUserId}, #{content}, #{responseUrl}, #{sentAt}, #{receivedAt}, #{status},"
            + " #{attempts}, #{nextAttemptAt})")
    int insertNew(InboxRecord message);

    /** Marks a message handled (fixed SQL, for the reason given at {@link #insertNew}: once per message). */
    @Update("UPDATE inbox_message SET status = #{status}, outcome = #{outcome}, processed_at = #{at} WHERE id = #{id}")
    int finish(@Param("id") long id, @Param("status") String status, @Param("outcome") String outcome,
               @Param("at") LocalDateTime at);
}
