package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** Row of table calendar_day. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("calendar_day")
@Getter
@Setter
public class CalendarDayRecord {
    @TableId(type = IdType.INPUT)
    private LocalDate calendarDate;
    private String dayType;
    private String festival;
}
