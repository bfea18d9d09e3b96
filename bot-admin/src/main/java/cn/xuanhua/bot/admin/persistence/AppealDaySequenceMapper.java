package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.LocalDate;

/** MyBatis-Plus mapper of {@link AppealDaySequenceRecord}. */
@Mapper
public interface AppealDaySequenceMapper extends BaseMapper<AppealDaySequenceRecord> {

    /**
     * Opens the day at {@code count} or adds {@code count}: reserves that many numbers at once, in one statement that
     * takes the row's exclusive lock at once (MySQL, MariaDB and H2 in MySQL mode). An UPDATE-then-INSERT would take
     * gap locks and deadlock two instances opening the day.
     */
    @Insert("INSERT INTO appeal_day_sequence (seq_date, last_value) VALUES (#{day}, #{count}) "
            + "ON DUPLICATE KEY UPDATE last_value = last_value + #{count}")
    int reserve(@Param("day") LocalDate day, @Param("count") int count);

    /**
     * Gives the numbers {@code first}..{@code last} back, only if nobody reserved any after them (they are still the
     * day's last): then the next reservation takes them again and the day's numbers have no gap.
     */
    @Update("UPDATE appeal_day_sequence SET last_value = #{first} - 1 WHERE seq_date = #{day} AND last_value = #{last}")
    int giveBack(@Param("day") LocalDate day, @Param("first") int first, @Param("last") int last);
}
