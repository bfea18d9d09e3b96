package cn.xuanhua.bot.admin.support;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;

import java.time.ZonedDateTime;
import java.util.function.Function;


/**
 * A month for the month report, stored through the real {@link Appeals} adapter: September 2025 (ordinary working
 * days but for the weekends). Expected per docs/rates.md, counted at 1 October 00:00:
 * <ul>
 *   <li>科技局 ({@code science}, 科技型企业交流群): created 2, accepted 2, resolved 1, overdue 1; 响应率 1/2 (the second
 *   accepted two days late), 按时办结率 1/1, 解决率 1/1, 满意率 1/1;</li>
 *   <li>南关街道 ({@code office-nanguan}, 南关街道群): created 1, accepted 1, resolved 1 after its due date and rated
 *   不满意 (so reopened, open and overdue at the month's end), overdue 1; 响应率 1/1, 按时办结率 0/1, 解决率 0/1,
 *   满意率 0/1;</li>
 *   <li>categories: 政策咨询 2, 市政设施 1.</li>
 * </ul>
 */
public final class ScriptedMonth {
    public static final String MONTH = "2025-09";
    private static final Actor SCIENCE = Actor.staff(new StaffMember("it.science", "科技局小王", "science", StaffRole.STAFF));
    private static final Actor NANGUAN = Actor.staff(
            new StaffMember("it.nanguan", "南关街道小刘", "office-nanguan", StaffRole.STAFF));

    private ScriptedMonth() {
    }

    public static void store(Appeals appeals, String prefix) {
        store(appeals, prefix, 0);
    }

    /**
     * The same appeals {@code weeksBack} whole weeks earlier (weekdays kept): {@code 52} puts them in 2–17 September
     * 2024, weeks 2024-W36 (科技局's two) and 2024-W37 (南关街道's one), apart from another test's September 2025.
     */
    public static void store(Appeals appeals, String prefix, int weeksBack) {
        Function<String, ZonedDateTime> at = t -> ScriptedWeek.at(t).minusWeeks(weeksBack);
        Appeal first = submit(appeals, at, prefix, 1, "ind-tech", "boss.sep1", "policy", "science",
                "2025-09-01T09:00", "2025-09-08T09:00");
        done(first.accept(SCIENCE, at.apply("2025-09-01T10:00")));
        done(first.resolve(SCIENCE, at.apply("2025-09-03T10:00"), "已答复申报条件"));
        done(first.rate(Actor.person("boss.sep1", null), at.apply("2025-09-04T10:00"), Satisfaction.SATISFIED, null));
        appeals.update(first);

        Appeal second = submit(appeals, at, prefix, 2, "ind-tech", "boss.sep2", "policy", "science",
                "2025-09-02T10:00", "2025-09-05T10:00");
        done(second.accept(SCIENCE, at.apply("2025-09-04T09:00")));
        appeals.update(second);

        Appeal third = submit(appeals, at, prefix, 3, "tw-nanguan", "boss.sep3", "municipal", "office-nanguan",
                "2025-09-10T09:00", "2025-09-12T09:00");
        done(third.accept(NANGUAN, at.apply("2025-09-10T09:30")));
        done(third.resolve(NANGUAN, at.apply("2025-09-15T10:00"), "路灯已修"));
        done(third.rate(Actor.person("boss.sep3", null), at.apply("2025-09-16T10:00"), Satisfaction.DISSATISFIED, "又坏了"));
        appeals.update(third);
    }

    private static Appeal submit(Appeals appeals, Function<String, ZonedDateTime> at, String prefix,
                                 int sequence, String group, String requester, String category, String department,
                                 String createdAt, String dueAt) {
        ZonedDateTime created = at.apply(createdAt);
        AppealNumber number = AppealNumber.of(prefix, created.toLocalDate(), sequence);
        AppealFacts facts = new AppealFacts(number, group, requester, null, "月报测试诉求 " + sequence,
                "月报测试诉求 " + sequence, category, created, null, false, "month:" + number.value());
        Appeal appeal = Appeal.submit(facts, department, at.apply(dueAt), "scripted");
        appeals.add(appeal);
        return appeal;
    }

    private static void done(Transition t) {
        if (!(t instanceof Transition.Done)) {
            throw new IllegalStateException("the scripted month was refused: " + t);
        }
    }
}
