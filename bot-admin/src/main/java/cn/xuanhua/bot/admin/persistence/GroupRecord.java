package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table bot_group; webhook_key is a credential and has no toString. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("bot_group")
@Getter
@Setter
public class GroupRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private String kind;
    private String chatId;
    private String webhookKey;
    private String binding;
    private String ownerUserId;
    private String leadDepartmentCode;
    private Integer sortOrder;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
}
