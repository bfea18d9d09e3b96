package cn.xuanhua.bot.admin.persistence;

import lombok.Getter;
import lombok.Setter;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** Row of table appeal_day_sequence. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("appeal_day_sequence")
@Getter
@Setter
public class AppealDaySequenceRecord {
    @TableId(type = IdType.INPUT)
    private LocalDate seqDate;
    private Integer lastValue;
}
