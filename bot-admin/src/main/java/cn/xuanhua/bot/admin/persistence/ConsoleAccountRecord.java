package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table console_account (BCrypt hash only). Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("console_account")
@Getter
@Setter
public class ConsoleAccountRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String username;
    private String passwordHash;
    private String role;
    private String staffUserId;
    private Boolean enabled;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
}
