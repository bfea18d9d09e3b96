package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of table calendar_year. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("calendar_year")
@Getter
@Setter
public class CalendarYearRecord {
    @TableId(type = IdType.INPUT)
    private Integer yearNumber;
    private String source;
    private LocalDateTime importedAt;
}
