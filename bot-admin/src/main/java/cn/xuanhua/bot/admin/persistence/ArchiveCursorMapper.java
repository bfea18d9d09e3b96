package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** MyBatis-Plus mapper of {@link ArchiveCursorRecord}. */
@Mapper
public interface ArchiveCursorMapper extends BaseMapper<ArchiveCursorRecord> {
}
