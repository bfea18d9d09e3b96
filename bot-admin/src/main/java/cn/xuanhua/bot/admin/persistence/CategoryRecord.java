package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of table category. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("category")
@Getter
@Setter
public class CategoryRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private Integer timeLimitDays;
    private Integer sortOrder;
}
