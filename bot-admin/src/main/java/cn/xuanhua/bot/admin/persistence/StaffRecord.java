package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table staff. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("staff")
@Getter
@Setter
public class StaffRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String userId;
    private String name;
    private String departmentCode;
    private String role;
    private Boolean active;
    private LocalDateTime createdAt;
}
