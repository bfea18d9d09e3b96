package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.SessionCounters;
import cn.xuanhua.bot.admin.support.TestServices;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.appeal.MergeCandidate;
import cn.xuanhua.bot.core.appeal.ProblemSignature;
import cn.xuanhua.bot.core.appeal.SameProblem;
import cn.xuanhua.bot.core.text.Shingles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 并单's look-up of the open appeals a new one is compared with (docs/intake.md, "并单"), on MariaDB: which appeals it
 * returns for a business's own matter and for a problem of a shared place, and that for an own matter it reads
 * about as many rows as it returns however many other businesses have open appeals in the group (a burst).
 */
class MergeLookupIT {
    private static final String GROUP = "tw-nanguan";
    private static final String CATEGORY = "licence";
    private static final String OWN_MATTER = "business-licence";
    private static final String SHARED_MATTER = "power-outage";
    private static BotInstance bot;
    private static JdbcTemplate db;
    private static ZonedDateTime now;
    private static int numbered;

    @BeforeAll
    static void start() {
        bot = BotInstance.start(TestServices.freshMariaDbDatabase("mergelookup"), TestServices.freshRedisNamespace(),
                "http://127.0.0.1:9", "--bot.workers.inbox-threads=0", "--bot.workers.outbox-threads=0");
        db = bot.db();
        now = ZonedDateTime.now(bot.bean(Clock.class));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @BeforeEach
    void empty() {
        db.update("DELETE FROM appeal_requester");
        db.update("DELETE FROM appeal");
    }

    @Test
    void anOwnMatterIsComparedWithTheWritersOwnTheOnesTheyJoinedAndSharedOnesOnly() {
        String written = appeal("owner-a", OWN_MATTER, "PENDING", 5, GROUP, CATEGORY);
        String joined = appeal("owner-b", OWN_MATTER, "ACCEPTED", 4, GROUP, CATEGORY);
        joins("owner-c", 2, joined);
        joins("owner-a", 1, joined);
        String shared = appeal("owner-d", SHARED_MATTER, "PENDING", 3, GROUP, CATEGORY);
        appeal("owner-e", OWN_MATTER, "PENDING", 2, GROUP, CATEGORY);             // another business's own matter
        appeal("owner-a", OWN_MATTER, "RESOLVED", 1, GROUP, CATEGORY);            // no longer open
        appeal("owner-a", OWN_MATTER, "PENDING", 100, GROUP, CATEGORY);           // before the window
        appeal("owner-a", OWN_MATTER, "PENDING", 1, "tw-nandajie", CATEGORY);     // another group
        appeal("owner-a", OWN_MATTER, "PENDING", 1, GROUP, "tax");                // another category

        List<MergeCandidate> found = appeals().mergeCandidatesFor(signature(OWN_MATTER), "owner-a",
                now.minus(SameProblem.WINDOW));

        assertThat(found).extracting(c -> c.number().value()).containsExactly(shared, joined, written);
        assertThat(found.get(1).requesters()).containsExactly("owner-b", "owner-a", "owner-c");
        assertThat(found.get(2).requesters()).containsExactly("owner-a");
        assertThat(found.get(0).signature().matterCode()).isEqualTo(SHARED_MATTER);
    }

    @Test
    void aSharedPlacesProblemIsComparedWithEveryOpenAppealOfItsGroupAndCategory() {
        String other = appeal("owner-e", OWN_MATTER, "PENDING", 2, GROUP, CATEGORY);
        String outage = appeal("owner-d", SHARED_MATTER, "ACCEPTED", 1, GROUP, CATEGORY);
        appeal("owner-f", SHARED_MATTER, "CLOSED", 1, GROUP, CATEGORY);

        List<MergeCandidate> found = appeals().mergeCandidatesFor(signature(SHARED_MATTER), "owner-a",
                now.minus(SameProblem.WINDOW));

        assertThat(found).extracting(c -> c.number().value()).containsExactly(outage, other);
    }

    @Test
    void inACategoryOfSharedPlacesAnAppealNoMatterPlacedIsComparedWithAnOwnMatterToo() {
        String unplaced = appeal("owner-d", null, "PENDING", 2, GROUP, "utilities");
        appeal("owner-e", "water-bill", "PENDING", 1, GROUP, "utilities");        // another business's own matter
        appeal("owner-f", null, "PENDING", 1, GROUP, CATEGORY);                  // no matter, not a shared category

        ProblemSignature waterBill = new ProblemSignature(GROUP, "utilities", "water-bill", Set.of(),
                Shingles.of("水费", Set.of()));
        ProblemSignature licence = signature(OWN_MATTER);

        // As SameProblem.sharedByPlace reads it: no matter in a category of shared places is a shared place.
        assertThat(appeals().mergeCandidatesFor(waterBill, "owner-a", now.minus(SameProblem.WINDOW)))
                .extracting(c -> c.number().value()).containsExactly(unplaced);
        assertThat(appeals().mergeCandidatesFor(licence, "owner-a", now.minus(SameProblem.WINDOW))).isEmpty();
    }

    @Test
    void anOwnMattersLookUpReadsAboutAsManyRowsAsItFindsWhateverTheGroupsBurst() {
        appeal("owner-a", OWN_MATTER, "PENDING", 3, GROUP, CATEGORY);
        appeal("owner-d", SHARED_MATTER, "PENDING", 2, GROUP, CATEGORY);
        // A burst: 3,000 other businesses' own matters open in the same group and category.
        db.update("SET STATEMENT max_recursive_iterations = 3000 FOR INSERT INTO appeal (number, status, group_code,"
                + " requester_user_id, original_text, masked_text, category_code, department_code, created_at, due_at,"
                + " matter_code, merge_shingles, updated_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                + " FROM n WHERE i < 3000) SELECT CONCAT('XH20261102-', LPAD(i, 4, '0')), 'PENDING', ?, CONCAT('burst-', i), '营业执照',"
                + " '营业执照', ?, 'approval', ?, ?, ?, '营业执照', ? FROM n", GROUP, CATEGORY, now.toLocalDateTime(),
                now.plusDays(5).toLocalDateTime(), OWN_MATTER, now.toLocalDateTime());
        db.execute("ANALYZE TABLE appeal");

        long reads = SessionCounters.rowsReadBy(bot, () -> assertThat(appeals().mergeCandidatesFor(signature(OWN_MATTER), "owner-a",
                now.minus(SameProblem.WINDOW))).hasSize(2));

        // With the three conditions joined by OR in one range of ix_appeal_merge it read all 3,002 and more.
        assertThat(reads).isLessThan(200);
    }

    private static Appeals appeals() {
        return bot.bean(Appeals.class);
    }

    private static ProblemSignature signature(String matter) {
        return new ProblemSignature(GROUP, CATEGORY, matter, Set.of(), Shingles.of("营业执照", Set.of()));
    }

    /** An appeal written {@code hoursAgo} hours ago; returns its number. */
    private static String appeal(String requester, String matter, String status, int hoursAgo, String group,
                                 String category) {
        String number = String.format("XH20261101-%04d", ++numbered);
        db.update("INSERT INTO appeal (number, status, group_code, requester_user_id, original_text, masked_text,"
                        + " category_code, department_code, created_at, due_at, matter_code, merge_shingles, updated_at)"
                        + " VALUES (?, ?, ?, ?, '营业执照', '营业执照', ?, 'approval', ?, ?, ?, '营业执照', ?)",
                number, status, group, requester, category, now.minusHours(hoursAgo).toLocalDateTime(),
                now.plusDays(5).toLocalDateTime(), matter, now.toLocalDateTime());
        return number;
    }

    /** {@code user} joins the appeal {@code number} by 并单, as its {@code order}-th requester. */
    private static void joins(String user, int order, String number) {
        db.update("INSERT INTO appeal_requester (appeal_id, user_id, joined_order, joined_at)"
                + " SELECT id, ?, ?, created_at FROM appeal WHERE number = ?", user, order, number);
    }
}
