package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table department. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("department")
@Getter
@Setter
public class DepartmentRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private String shortName;
    private String aliases;
    private String kind;
    private Boolean dispatcher;
    private Integer sortOrder;
    private LocalDateTime createdAt;
}
