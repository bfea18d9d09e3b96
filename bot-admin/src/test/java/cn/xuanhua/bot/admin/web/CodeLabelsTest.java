package cn.xuanhua.bot.admin.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal code a page may show has Chinese words in the one catalogue. */
class CodeLabelsTest {
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z]{3,}");
    private final CodeLabels labels = new CodeLabels();

    /** The codes intake writes (docs/intake.md) and the lexicon names the seed migrations create. */
    private static final List<String> CODES = List.of(
            "speaker.staff", "speaker.group_owner", "speaker.owner",
            "act.progress", "act.my-appeals", "act.follow-up", "act.follow-up.number", "act.follow-up.carried-on",
            "act.follow-up.catalogue-matter", "act.follow-up.names-matter", "act.follow-up.refers-back",
            "act.follow-up.same-matter", "act.follow-up.same-problem", "act.still",
            "appeal.request", "appeal.complaint", "appeal.consultation", "appeal.problem-report",
            "appeal.category-keyword", "model.appeal", "model.not-appeal",
            "noise.ack", "noise.ad", "noise.digits-only", "noise.emoji-only", "noise.empty", "noise.forwarded-notice",
            "noise.greeting", "noise.lament", "noise.news", "noise.no-cue", "noise.punctuation-only", "noise.reply",
            "noise.self-intro", "noise.settled", "noise.thanks", "noise.too-short", "neutral", "reopen",
            "veto.answer", "veto.answer.hearsay", "veto.answer.quote", "veto.gov-reply", "veto.solved", "veto.thanks",
            "route.group-rule", "route.catalogue", "route.agency", "route.category", "route.model", "route.township",
            "route.township-named", "route.crime-first",
            "route.dispatcher", "masked.mobile", "masked.landline", "masked.id-number", "masked.bank-card",
            "due.stated-deadline-earlier",
            "deadline.date.day", "deadline.date.full", "deadline.date.last-month", "deadline.date.month-day",
            "deadline.date.next-month", "deadline.date.this-month", "deadline.day.relative", "deadline.days.within",
            "deadline.festival.after", "deadline.festival.before", "deadline.hours.within", "deadline.month.end",
            "deadline.months.within", "deadline.week.end", "deadline.weekday.after-next", "deadline.weekday.bare",
            "deadline.weekday.last", "deadline.weekday.next", "deadline.weekday.this", "deadline.weeks.within",
            "deadline.workdays.within", "deadline.year.end", "deadline.years.within");

    @Test
    void everyCodeHasChineseWords() {
        assertThat(CODES).allSatisfy(code -> {
            assertThat(labels.knows(code)).as(code).isTrue();
            assertThat(labels.label(code)).as(code).doesNotContainPattern(ASCII_WORD);
        });
    }

    @Test
    void theReasonsOfANewAppealReadAsWords() {
        String note = "appeal.request,appeal.problem-report,route.township,masked.mobile,deadline.weekday.next,"
                + "due.stated-deadline-earlier";

        assertThat(labels.describe(note))
                .isEqualTo("提出请求、反映问题、交属地乡镇(街道)、已隐去手机号、企业提出期限 (下周某天)、按企业提出的时间加急");
    }

    @Test
    void anyOtherNoteIsLeftAsWritten() {
        assertThat(labels.describe("已联系路灯所, 明天更换")).isEqualTo("已联系路灯所, 明天更换");
        assertThat(labels.describe("see docs/api.md")).isEqualTo("see docs/api.md");
        assertThat(labels.describe(null)).isNull();
    }

    @Test
    void aCodeThisVersionDoesNotKnowIsMarkedNotShownBare() {
        assertThat(labels.label("noise.something-new")).isEqualTo("其他 (noise.something-new)");
    }
}
