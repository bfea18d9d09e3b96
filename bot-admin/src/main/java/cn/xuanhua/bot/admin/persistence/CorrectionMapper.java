package cn.xuanhua.bot.admin.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** The district's own corrections of intake: appeals now at another unit than intake chose, moved there by hand. */
@Mapper
public interface CorrectionMapper {

    /** A corrected appeal: its masked text, group and the unit it is at now. */
    record Correction(String text, String groupCode, String departmentCode) {
    }

    /**
     * Appeals whose unit differs from intake's and whose latest move was a 转办 or 改派 (not a 退回, which only hands
     * the appeal back to the dispatcher).
     */
    @Select("SELECT a.masked_text AS text, a.group_code AS groupCode, a.department_code AS departmentCode"
            + " FROM appeal a WHERE a.intake_department_code IS NOT NULL"
            + " AND a.department_code <> a.intake_department_code"
            + " AND (SELECT e.type FROM appeal_event e WHERE e.appeal_id = a.id"
            + "      AND e.type IN ('TRANSFERRED', 'REASSIGNED', 'RETURNED') ORDER BY e.id DESC LIMIT 1)"
            + "     IN ('TRANSFERRED', 'REASSIGNED')"
            + " ORDER BY a.id")
    List<Correction> corrections();

    /** A message intake added to an open appeal as a 补充 that its writer then filed with 新诉求: a new matter. */
    record NewMatterCorrection(String text, String groupCode, String openNumber, String openText,
                               String openDepartment) {
    }

    /**
     * Owners' 补充 whose words the same owner then filed in the same group with 新诉求 (the appeal's creation carries the
     * reason command.new-appeal, and its text is in the 补充): the district's own corrections of the judge of a new
     * matter, each beside the appeal the words were wrongly added to.
     */
    @Select("SELECT s.note AS text, n.group_code AS groupCode, o.number AS openNumber, o.masked_text AS openText,"
            + " o.department_code AS openDepartment"
            + " FROM appeal n"
            + " JOIN appeal_event c ON c.appeal_id = n.id AND c.type = 'CREATED' AND c.note LIKE '%command.new-appeal%'"
            + " JOIN appeal o ON o.group_code = n.group_code AND o.requester_user_id = n.requester_user_id"
            + "      AND o.id <> n.id"
            + " JOIN appeal_event s ON s.appeal_id = o.id AND s.type = 'SUPPLEMENTED'"
            + "      AND s.actor = n.requester_user_id AND s.at <= n.created_at AND LOCATE(n.masked_text, s.note) > 0"
            + " ORDER BY n.id, s.id")
    List<NewMatterCorrection> newMatterCorrections();
}
