package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of table intake_lexicon. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("intake_lexicon")
@Getter
@Setter
public class LexiconRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String lexicon;
    private String phrase;
    private Integer weight;
}
