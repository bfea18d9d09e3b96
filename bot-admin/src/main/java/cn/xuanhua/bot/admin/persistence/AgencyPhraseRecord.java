package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import lombok.Data;

/** Row of table agency_phrase: a way people name a handling unit (派出所 → police). */
@Data
@TableName("agency_phrase")
public class AgencyPhraseRecord {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String phrase;
    private String departmentCode;
}
