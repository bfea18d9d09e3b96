package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** MyBatis-Plus mapper of {@link AppealRecord}. */
@Mapper
public interface AppealMapper extends BaseMapper<AppealRecord> {

    /**
     * Inserts a new appeal with every column given. Fixed SQL rather than {@link #insert}: intake makes one per
     * appeal, and MyBatis-Plus builds its insert for each call from the fields that are set (a dynamic script
     * evaluated field by field), which cost more than the insert itself.
     */
    @Insert("INSERT INTO appeal (number, status, group_code, requester_user_id, requester_name, original_text,"
            + " masked_text, category_code, department_code, handler_user_id, created_at, requested_deadline,"
            + " due_at, urgent, accepted_at, resolved_at, closed_at, satisfaction, rated_at, reopened, overdue,"
            + " extension_days, source_message_id, on_behalf, intake_department_code, matter_code, merge_places,"
            + " merge_shingles, merged_into, version, updated_at) VALUES (#{number}, #{status}, #{groupCode},"
            + " #{requesterUserId}, #{requesterName}, #{originalText}, #{maskedText}, #{categoryCode},"
            + " #{departmentCode}, #{handlerUserId}, #{createdAt}, #{requestedDeadline}, #{dueAt}, #{urgent},"
            + " #{acceptedAt}, #{resolvedAt}, #{closedAt}, #{satisfaction}, #{ratedAt}, #{reopened}, #{overdue},"
            + " #{extensionDays}, #{sourceMessageId}, #{onBehalf}, #{intakeDepartmentCode}, #{matterCode},"
            + " #{mergePlaces}, #{mergeShingles}, #{mergedInto}, #{version}, #{updatedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insertNew(AppealRecord appeal);

    /** How many appeals {@code userId} wrote since {@code since} (ix_appeal_requester); once per new appeal. */
    @Select("SELECT COUNT(*) FROM appeal WHERE requester_user_id = #{userId} AND created_at >= #{since}")
    long countWrittenSince(@Param("userId") String userId, @Param("since") LocalDateTime since);

    /** The unclosed appeals {@code userId} wrote in one group (ix_appeal_requester); read for every message. */
    @Select("SELECT * FROM appeal WHERE requester_user_id = #{userId} AND group_code = #{group}"
            + " AND status IN ('PENDING', 'ACCEPTED', 'RESOLVED')")
    List<AppealRecord> unclosedWrittenIn(@Param("userId") String userId, @Param("group") String groupCode);

    /** The unclosed appeals {@code userId} wrote in any group (ix_appeal_requester). */
    @Select("SELECT * FROM appeal WHERE requester_user_id = #{userId} AND status IN ('PENDING', 'ACCEPTED', 'RESOLVED')")
    List<AppealRecord> unclosedWrittenBy(@Param("userId") String userId);
}
