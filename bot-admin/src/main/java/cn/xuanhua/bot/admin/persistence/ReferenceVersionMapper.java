package cn.xuanhua.bot.admin.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The one-row counter of {@code reference_data_version} (see {@link ReferenceData}). */
@Mapper
public interface ReferenceVersionMapper {

    @Select("SELECT version FROM reference_data_version WHERE id = 1")
    long current();

    @Update("UPDATE reference_data_version SET version = version + 1 WHERE id = 1")
    int raise();
}
