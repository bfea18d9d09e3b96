package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of table category_keyword. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("category_keyword")
@Getter
@Setter
public class CategoryKeywordRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String categoryCode;
    private String keyword;
    private Integer weight;
}
