package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table group_member. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("group_member")
@Getter
@Setter
public class GroupMemberRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String chatId;
    private String userId;
    private Integer memberType;
    private LocalDateTime joinedAt;
    private LocalDateTime updatedAt;
}
