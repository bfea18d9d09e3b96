package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table outbox_message. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("outbox_message")
@Getter
@Setter
public class OutboxRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String idempotencyKey;
    private String recipientKind;
    private String target;
    private String destination;
    private String groupCode;
    private String mentions;
    private String msgType;
    private String content;
    private String status;
    private Integer attempts;
    private LocalDateTime nextAttemptAt;
    private LocalDateTime createdAt;
    private LocalDateTime sentAt;
    private String lastError;
    private String appealNumber;
    private String deliveryId;
}
