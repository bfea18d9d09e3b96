package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDate;

/** MyBatis-Plus mapper of {@link AppealDaySequenceRecord}. */
@Mapper
public interface AppealDaySequenceMapper extends BaseMapper<AppealDaySequenceRecord> {

    /**
     * Opens the day at 1 or adds one, in one statement that takes the row's exclusive lock at once (MySQL, MariaDB
     * and H2 in MySQL mode). An UPDATE-then-INSERT would take gap locks and deadlock two instances opening the day.
     */
    @Insert("INSERT INTO appeal_day_sequence (seq_date, last_value) VALUES (#{day}, 1) "
            + "ON DUPLICATE KEY UPDATE last_value = last_value + 1")
    int bump(@Param("day") LocalDate day);
}
