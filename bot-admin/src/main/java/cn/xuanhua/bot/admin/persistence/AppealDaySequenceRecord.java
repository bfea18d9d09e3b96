package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** Row of table appeal_day_sequence. Persistence only: the domain type is mapped explicitly by its adapter. */
@TableName("appeal_day_sequence")
public class AppealDaySequenceRecord {
    @TableId(type = IdType.INPUT)
    private LocalDate seqDate;
    private Integer lastValue;

    public LocalDate getSeqDate() {
        return seqDate;
    }

    public void setSeqDate(LocalDate seqDate) {
        this.seqDate = seqDate;
    }

    public Integer getLastValue() {
        return lastValue;
    }

    public void setLastValue(Integer lastValue) {
        this.lastValue = lastValue;
    }
}
