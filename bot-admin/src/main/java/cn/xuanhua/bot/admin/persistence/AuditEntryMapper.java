package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** MyBatis-Plus mapper of {@link AuditEntryRecord}. */
@Mapper
public interface AuditEntryMapper extends BaseMapper<AuditEntryRecord> {
}
