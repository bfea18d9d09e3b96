package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Getter;
import lombok.Setter;

import java.time.LocalDateTime;

/** Row of table audit_entry. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("audit_entry")
@Getter
@Setter
public class AuditEntryRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private LocalDateTime at;
    private String actor;
    private String action;
    private String target;
    private String detail;
}
