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
    /** The statuses of an appeal not yet closed, as an SQL list. */
    String UNCLOSED = "('PENDING', 'ACCEPTED', 'RESOLVED')";

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

    /**
     * The unclosed appeals {@code userId} wrote or joined by 并单, in one group, newest first; read for every
     * message. Each half is an index look-up (ix_appeal_requester, ix_appeal_requester_user); an OR of both in one
     * condition made the database read every appeal of the group. The halves never share an appeal: a writer is not
     * one of the requesters who joined (a repeat becomes a 补充, a 并单 adds only those not yet requesters).
     */
    @Select("SELECT * FROM appeal WHERE requester_user_id = #{userId} AND group_code = #{group} AND status IN " + UNCLOSED
            + " UNION ALL SELECT a.* FROM appeal a JOIN appeal_requester r ON r.appeal_id = a.id"
            + " WHERE r.user_id = #{userId} AND a.group_code = #{group} AND a.status IN " + UNCLOSED
            + " ORDER BY created_at DESC, id DESC")
    List<AppealRecord> unclosedOfRequesterIn(@Param("userId") String userId, @Param("group") String groupCode);

    /** As {@link #unclosedOfRequesterIn}, in every group. */
    @Select("SELECT * FROM appeal WHERE requester_user_id = #{userId} AND status IN " + UNCLOSED
            + " UNION ALL SELECT a.* FROM appeal a JOIN appeal_requester r ON r.appeal_id = a.id"
            + " WHERE r.user_id = #{userId} AND a.status IN " + UNCLOSED
            + " ORDER BY created_at DESC, id DESC")
    List<AppealRecord> unclosedOfRequester(@Param("userId") String userId);
}
