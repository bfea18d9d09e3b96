package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.appeal.SameProblem;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open appeals 并单 compares a new appeal with (docs/intake.md), each with the requesters who joined it, in one
 * statement. Plain JDBC with statement text fixed once: it runs for every appeal intake makes, and the MyBatis-Plus
 * wrapper it replaces built and evaluated a dynamic script on each call, a third of the inbox workers' Java time in
 * a flight recording of a burst (docs/architecture.md "Inbox"). Joined by the same transaction as MyBatis's
 * statements: {@link JdbcTemplate} takes the connection Spring has bound to it.
 */
final class MergeCandidateRows {
    /** The appeal's columns 并单 reads, and one requester who joined it (none: NULL) per row. */
    private static final String COLUMNS = "SELECT a.id, a.number, a.status, a.group_code, a.category_code,"
            + " a.requester_user_id, a.created_at, a.matter_code, a.merge_places, a.merge_shingles,"
            + " r.user_id AS joined_user, r.joined_order";
    /** Open, of the group and category, in the window, with a signature to compare (three parameters). */
    private static final String OPEN_IN_WINDOW = " a.group_code = ? AND a.category_code = ?"
            + " AND a.status IN ('PENDING', 'ACCEPTED') AND a.created_at >= ? AND a.merge_shingles IS NOT NULL";

    /** Every open appeal of the group and category (ix_appeal_merge): for a problem many businesses share. */
    private static final String ALL = COLUMNS
            + " FROM appeal a LEFT JOIN appeal_requester r ON r.appeal_id = a.id WHERE" + OPEN_IN_WINDOW;

    /**
     * For a business's own matter: those the writer wrote (ix_appeal_requester), those they joined
     * (ix_appeal_requester_user) and those of a shared matter (ix_appeal_merge_matter), each found through an
     * index of its own. One condition joining the three with OR read the whole group and category instead.
     */
    private final String ownMatter;
    /**
     * As {@link #ownMatter} in a category of shared places ({@link SameProblem#SHARED_CATEGORIES}), where an appeal
     * that no matter placed counts as a shared place's too (ix_appeal_merge_matter, matter NULL).
     */
    private final String ownMatterInSharedCategory;
    private final List<String> sharedMatters = List.copyOf(SameProblem.SHARED_MATTERS);
    private final JdbcTemplate jdbc;

    MergeCandidateRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        String found = "SELECT a.id FROM appeal a WHERE a.requester_user_id = ? AND" + OPEN_IN_WINDOW
                + " UNION SELECT a.id FROM appeal_requester j JOIN appeal a ON a.id = j.appeal_id"
                + " WHERE j.user_id = ? AND" + OPEN_IN_WINDOW
                + " UNION SELECT a.id FROM appeal a WHERE a.matter_code IN ("
                + String.join(", ", Collections.nCopies(sharedMatters.size(), "?")) + ") AND" + OPEN_IN_WINDOW;
        this.ownMatter = withRequesters(found);
        this.ownMatterInSharedCategory = withRequesters(found
                + " UNION SELECT a.id FROM appeal a WHERE a.matter_code IS NULL AND" + OPEN_IN_WINDOW);
    }

    /** The columns of the appeals {@code found} selects, one row per requester who joined each. */
    private static String withRequesters(String found) {
        return COLUMNS + " FROM (" + found + ") found JOIN appeal a ON a.id = found.id"
                + " LEFT JOIN appeal_requester r ON r.appeal_id = a.id";
    }

    /** One open appeal and the requesters who joined it, in the order they joined. */
    record Candidate(AppealRecord appeal, List<String> joined) {
    }

    /**
     * The open appeals of the group and category created since {@code since}, newest first; with
     * {@code ownMatterOf}, only those that writer requests and those of a shared place (a shared matter, or no
     * matter in a shared category: {@link SameProblem#sharedByPlace}).
     */
    List<Candidate> find(String groupCode, String categoryCode, LocalDateTime since, String ownMatterOf) {
        Map<Long, Rows> byAppeal = new LinkedHashMap<>();
        boolean sharedCategory = SameProblem.SHARED_CATEGORIES.contains(categoryCode);
        String statement = ownMatterOf == null ? ALL : sharedCategory ? ownMatterInSharedCategory : ownMatter;
        jdbc.query(statement, (PreparedStatement ps) -> {
            String from = MillisecondTimes.bindable(since);
            if (ownMatterOf == null) {
                bindWindow(ps, 1, groupCode, categoryCode, from);
                return;
            }
            ps.setString(1, ownMatterOf);
            int i = bindWindow(ps, 2, groupCode, categoryCode, from);
            ps.setString(i++, ownMatterOf);
            i = bindWindow(ps, i, groupCode, categoryCode, from);
            for (String matter : sharedMatters) {
                ps.setString(i++, matter);
            }
            i = bindWindow(ps, i, groupCode, categoryCode, from);
            if (sharedCategory) {
                bindWindow(ps, i, groupCode, categoryCode, from);
            }
        }, (ResultSet rs) -> {
            long id = rs.getLong("id");
            Rows rows = byAppeal.computeIfAbsent(id, k -> new Rows(appealOf(rs, id)));
            String joined = rs.getString("joined_user");
            if (joined != null) {
                rows.joined.add(new Joined(joined, rs.getInt("joined_order")));
            }
        });
        // Sorted here rather than in SQL: the index range covers two statuses, and a filesort would cost more.
        List<Candidate> out = new ArrayList<>(byAppeal.size());
        byAppeal.values().stream()
                .sorted(Comparator.comparing((Rows r) -> r.appeal.getCreatedAt())
                        .thenComparing(r -> r.appeal.getId()).reversed())
                .forEach(r -> out.add(new Candidate(r.appeal, r.joined.stream()
                        .sorted(Comparator.comparingInt(Joined::order)).map(Joined::userId).toList())));
        return out;
    }

    /** Binds {@link #OPEN_IN_WINDOW}'s parameters from {@code i} on; returns the next index. */
    private static int bindWindow(PreparedStatement ps, int i, String group, String category, String since)
            throws SQLException {
        ps.setString(i++, group);
        ps.setString(i++, category);
        ps.setString(i++, since);
        return i;
    }

    private static AppealRecord appealOf(ResultSet rs, long id) {
        try {
            AppealRecord a = new AppealRecord();
            a.setId(id);
            a.setNumber(rs.getString("number"));
            a.setStatus(rs.getString("status"));
            a.setGroupCode(rs.getString("group_code"));
            a.setCategoryCode(rs.getString("category_code"));
            a.setRequesterUserId(rs.getString("requester_user_id"));
            a.setCreatedAt(rs.getObject("created_at", LocalDateTime.class));
            a.setMatterCode(rs.getString("matter_code"));
            a.setMergePlaces(rs.getString("merge_places"));
            a.setMergeShingles(rs.getString("merge_shingles"));
            return a;
        } catch (SQLException e) {
            throw new IllegalStateException("reading appeal " + id + " for 并单", e);
        }
    }

    private record Joined(String userId, int order) {
    }

    /** One appeal's row and the requesters the join brought with it. */
    private static final class Rows {
        final AppealRecord appeal;
        final List<Joined> joined = new ArrayList<>();

        Rows(AppealRecord appeal) {
            this.appeal = appeal;
        }
    }
}
