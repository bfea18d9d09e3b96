package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Data;

/** Row of table responsibility_matter: one matter of the responsibility catalogue, its words kept as lists. */
@Data
@TableName("responsibility_matter")
public class MatterRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String code;
    private String name;
    private String categoryCode;
    private String ownerCode;
    private String outsideTownshipCode;
    private String terms;
    private String needs;
    @TableField("unless_words")
    private String unlessWords;
    private String note;
    private Integer sortOrder;
}
