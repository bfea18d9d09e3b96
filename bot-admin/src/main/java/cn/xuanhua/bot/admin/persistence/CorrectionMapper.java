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
}
