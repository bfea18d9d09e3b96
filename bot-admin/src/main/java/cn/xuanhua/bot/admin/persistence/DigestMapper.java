package cn.xuanhua.bot.admin.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/**
 * The digest's aggregates, in SQL because they are conditional sums a query wrapper cannot say. Each statement
 * ranges over one indexed time column of {@code appeal} (see V1 and V6) and groups by department; the same text
 * runs on MySQL/MariaDB and H2 (MySQL mode).
 */
@Mapper
public interface DigestMapper {
    /**
     * Narrows a statement to the digest's group or department, and leaves out appeals merged into another by hand
     * (并单: the problem counts once, as the appeal kept).
     */
    String SCOPE = " AND a.merged_into IS NULL"
            + "<if test='q.groupCode != null'> AND a.group_code = #{q.groupCode}</if>"
            + "<if test='q.departmentCode != null'> AND a.department_code = #{q.departmentCode}</if>";

    /** When an appeal's response limit ends: its creation plus the days its day of the week allows. */
    String RESPOND_BY = "TIMESTAMPADD(DAY, CASE"
            + "<foreach collection='q.days' item='d'> WHEN a.created_at &lt; #{d.until} THEN ${d.addDays}</foreach>"
            + " ELSE 0 END, a.created_at)";

    /** Which week of a trend each time column falls in: 0 for the first (the query's {@code weeks}). */
    String WEEK_CREATED = "CASE<foreach collection='q.weeks' item='w'> WHEN a.created_at &lt; #{w.until} THEN ${w.index}"
            + "</foreach> ELSE -1 END";
    String WEEK_RESOLVED = "CASE<foreach collection='q.weeks' item='w'> WHEN a.resolved_at &lt; #{w.until} THEN ${w.index}"
            + "</foreach> ELSE -1 END";
    String WEEK_RATED = "CASE<foreach collection='q.weeks' item='w'> WHEN a.rated_at &lt; #{w.until} THEN ${w.index}"
            + "</foreach> ELSE -1 END";

    @Select("<script>SELECT a.department_code AS departmentCode, COUNT(*) AS created,"
            + " SUM(CASE WHEN a.accepted_at IS NOT NULL AND a.accepted_at &lt;= " + RESPOND_BY
            + " THEN 1 ELSE 0 END) AS respondedInTime,"
            + "<choose><when test='q.responseJudgedAt == null'> COUNT(*)</when><otherwise>"
            + " SUM(CASE WHEN a.accepted_at IS NOT NULL OR " + RESPOND_BY + " &lt;= #{q.responseJudgedAt}"
            + " THEN 1 ELSE 0 END)</otherwise></choose> AS responseDue"
            + " FROM appeal a WHERE a.created_at &gt;= #{q.start} AND a.created_at &lt; #{q.end}" + SCOPE
            + " GROUP BY a.department_code</script>")
    List<DigestCountRow> created(@Param("q") DigestQuery q);

    /** Each appeal created in the window counts its writer and everyone who joined it by 并单 (appeal_requester). */
    @Select("<script>SELECT COUNT(*) + COALESCE(SUM((SELECT COUNT(*) FROM appeal_requester r WHERE r.appeal_id = a.id)), 0)"
            + " FROM appeal a WHERE a.created_at &gt;= #{q.start} AND a.created_at &lt; #{q.end}" + SCOPE + "</script>")
    long businessesTouched(@Param("q") DigestQuery q);

    // The trend statements group by the week a time falls in, computed in a derived table so every database (MySQL's
    // ONLY_FULL_GROUP_BY, H2) groups by a plain column.
    @Select("<script>SELECT t.bucket AS week, COUNT(*) AS created, SUM(t.inTime) AS respondedInTime FROM ("
            + "SELECT " + WEEK_CREATED + " AS bucket, CASE WHEN a.accepted_at IS NOT NULL AND a.accepted_at &lt;= "
            + RESPOND_BY + " THEN 1 ELSE 0 END AS inTime"
            + " FROM appeal a WHERE a.created_at &gt;= #{q.start} AND a.created_at &lt; #{q.end}" + SCOPE
            + ") t GROUP BY t.bucket</script>")
    List<DigestCountRow> createdByWeek(@Param("q") DigestQuery q);

    @Select("<script>SELECT t.bucket AS week, COUNT(*) AS resolved, SUM(t.onTime) AS resolvedOnTime,"
            + " SUM(t.solved) AS resolvedNotReopened FROM ("
            + "SELECT " + WEEK_RESOLVED + " AS bucket, CASE WHEN a.resolved_at &lt;= a.due_at THEN 1 ELSE 0 END AS onTime,"
            + " CASE WHEN a.reopened THEN 0 ELSE 1 END AS solved FROM appeal a"
            + " WHERE a.resolved_at &gt;= #{q.start} AND a.resolved_at &lt; #{q.end}" + SCOPE
            + ") t GROUP BY t.bucket</script>")
    List<DigestCountRow> resolvedByWeek(@Param("q") DigestQuery q);

    @Select("<script>SELECT t.bucket AS week, COUNT(*) AS rated, SUM(t.happy) AS satisfied FROM ("
            + "SELECT " + WEEK_RATED + " AS bucket,"
            + " CASE WHEN a.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END AS happy"
            + " FROM appeal a WHERE a.rated_at &gt;= #{q.start} AND a.rated_at &lt; #{q.end}"
            + " AND a.satisfaction IS NOT NULL" + SCOPE + ") t GROUP BY t.bucket</script>")
    List<DigestCountRow> ratedByWeek(@Param("q") DigestQuery q);

    @Select("<script>SELECT a.department_code AS departmentCode, COUNT(*) AS accepted FROM appeal a"
            + " WHERE a.accepted_at &gt;= #{q.start} AND a.accepted_at &lt; #{q.end}" + SCOPE
            + " GROUP BY a.department_code</script>")
    List<DigestCountRow> accepted(@Param("q") DigestQuery q);

    @Select("<script>SELECT a.department_code AS departmentCode, COUNT(*) AS resolved,"
            + " SUM(CASE WHEN a.resolved_at &lt;= a.due_at THEN 1 ELSE 0 END) AS resolvedOnTime,"
            + " SUM(CASE WHEN a.reopened THEN 0 ELSE 1 END) AS resolvedNotReopened FROM appeal a"
            + " WHERE a.resolved_at &gt;= #{q.start} AND a.resolved_at &lt; #{q.end}" + SCOPE
            + " GROUP BY a.department_code</script>")
    List<DigestCountRow> resolved(@Param("q") DigestQuery q);

    @Select("<script>SELECT a.department_code AS departmentCode, COUNT(*) AS rated,"
            + " SUM(CASE WHEN a.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END) AS satisfied"
            + " FROM appeal a WHERE a.rated_at &gt;= #{q.start} AND a.rated_at &lt; #{q.end}"
            + " AND a.satisfaction IS NOT NULL" + SCOPE + " GROUP BY a.department_code</script>")
    List<DigestCountRow> rated(@Param("q") DigestQuery q);

    @Select("<script>SELECT o.department_code AS departmentCode, COUNT(*) AS openCount,"
            + " SUM(CASE WHEN o.due_at &lt; #{q.asOf} THEN 1 ELSE 0 END) AS overdueCount FROM ("
            + "SELECT a.department_code, a.due_at FROM appeal a"
            + " WHERE a.status IN ('PENDING', 'ACCEPTED') AND a.created_at &lt; #{q.asOf}" + SCOPE
            + " UNION ALL SELECT a.department_code, a.due_at FROM appeal a"
            + " WHERE a.status IN ('RESOLVED', 'CLOSED') AND a.resolved_at &gt;= #{q.asOf}"
            + " AND a.created_at &lt; #{q.asOf}" + SCOPE
            + ") o GROUP BY o.department_code</script>")
    List<DigestCountRow> open(@Param("q") DigestQuery q);

    @Select("<script>SELECT a.category_code AS code, MAX(c.name) AS name, COUNT(*) AS total FROM appeal a"
            + " LEFT JOIN category c ON c.code = a.category_code"
            + " WHERE a.created_at &gt;= #{q.start} AND a.created_at &lt; #{q.end}" + SCOPE
            + " GROUP BY a.category_code ORDER BY total DESC, a.category_code LIMIT #{q.limit}</script>")
    List<DigestListRow> topCategories(@Param("q") DigestQuery q);

    /** The window's new appeals per group and category (the dashboard's heat map), on the created_at index. */
    @Select("<script>SELECT a.group_code AS groupCode, a.category_code AS code, MAX(c.name) AS name, COUNT(*) AS total"
            + " FROM appeal a LEFT JOIN category c ON c.code = a.category_code"
            + " WHERE a.created_at &gt;= #{q.start} AND a.created_at &lt; #{q.end}" + SCOPE
            + " GROUP BY a.group_code, a.category_code</script>")
    List<DigestListRow> categoriesByGroup(@Param("q") DigestQuery q);

    /** The page is picked on the covering index (ids and due dates only), then its rows are read. */
    @Select("<script>SELECT a.number AS number, a.department_code AS code, d.short_name AS name, a.due_at AS dueAt"
            + " FROM (SELECT o.id, o.due_at FROM (SELECT a.id, a.due_at FROM appeal a"
            + " WHERE a.status IN ('PENDING', 'ACCEPTED') AND a.due_at &lt; #{q.asOf} AND a.created_at &lt; #{q.asOf}"
            + SCOPE + " UNION ALL SELECT a.id, a.due_at FROM appeal a"
            + " WHERE a.status IN ('RESOLVED', 'CLOSED') AND a.resolved_at &gt;= #{q.asOf}"
            + " AND a.due_at &lt; #{q.asOf} AND a.created_at &lt; #{q.asOf}" + SCOPE
            + ") o ORDER BY o.due_at, o.id LIMIT #{q.limit}) p JOIN appeal a ON a.id = p.id"
            + " LEFT JOIN department d ON d.code = a.department_code ORDER BY p.due_at, p.id</script>")
    List<DigestListRow> overdue(@Param("q") DigestQuery q);
}
