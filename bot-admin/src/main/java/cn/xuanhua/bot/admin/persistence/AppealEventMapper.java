package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

/** MyBatis-Plus mapper of {@link AppealEventRecord}. */
@Mapper
public interface AppealEventMapper extends BaseMapper<AppealEventRecord> {

    /** Inserts an event: fixed SQL, for the reason given at {@link AppealMapper#insertNew}. */
    @Insert("INSERT INTO appeal_event (appeal_id, at, type, actor, note) VALUES (#{appealId}, #{at}, #{type},"
            + " #{actor}, #{note})")
    int insertNew(AppealEventRecord event);
}
