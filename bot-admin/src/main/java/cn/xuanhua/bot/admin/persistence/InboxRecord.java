package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table inbox_message. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("inbox_message")
@Getter
@Setter
public class InboxRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String messageId;
    private String channel;
    private String chatId;
    private String chatType;
    private String senderUserId;
    private String content;
    private String responseUrl;
    private LocalDateTime sentAt;
    private LocalDateTime receivedAt;
    private String status;
    private Integer attempts;
    private LocalDateTime nextAttemptAt;
    private LocalDateTime processedAt;
    private String outcome;
    /** Who claimed the row last (see {@link MybatisInbox#claimDue}); meaningless once the lease is over. */
    private String claimToken;
}
