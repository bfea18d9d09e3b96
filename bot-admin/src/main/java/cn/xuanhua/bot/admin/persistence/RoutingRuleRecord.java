package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of table routing_rule. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("routing_rule")
@Getter
@Setter
public class RoutingRuleRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String categoryCode;
    private String groupCode;
    private String groupKind;
    private String departmentCode;
    private Boolean useGroupLead;
    private Integer priority;
    private String note;
}
