package cn.xuanhua.bot.admin.support;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.appeal.Appeals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The scripted week, stored through the real {@link Appeals} adapter: in 2026-W10 (2–8 March 2026, five
 * ordinary working days) the 科技型企业交流群 makes three appeals to 科技局; two are accepted within a working day,
 * one of them is resolved before its due date and rated 满意, the third waits. Expected: created 3, accepted 2,
 * resolved 1, 响应率 2/3, 按时办结率 1, 解决率 1, 满意率 1, open 2, overdue 0.
 */
public final class ScriptedWeek {
    public static final String WEEK = "2026-W10";
    public static final String GROUP = "ind-tech";
    public static final String DEPARTMENT = "science";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String REQUESTER = "boss.zhao";
    private static final Actor STAFF = Actor.staff(new StaffMember("it.science", "科技局小王", DEPARTMENT, StaffRole.STAFF));

    private ScriptedWeek() {
    }

    /** Stores the week's three appeals under numbers with {@code prefix} (letters), so runs never collide. */
    public static void store(Appeals appeals, String prefix) {
        Appeal first = submit(appeals, prefix, 1, "2026-03-02T09:00", "2026-03-09T09:00");
        Appeal second = submit(appeals, prefix, 2, "2026-03-03T10:00", "2026-03-10T10:00");
        submit(appeals, prefix, 3, "2026-03-04T14:00", "2026-03-11T14:00");

        done(first.accept(STAFF, at("2026-03-02T10:00")));
        done(first.resolve(STAFF, at("2026-03-04T15:00"), "已协助申报科技型中小企业评价"));
        done(first.rate(Actor.person(REQUESTER, null), at("2026-03-05T10:00"), Satisfaction.SATISFIED, null));
        appeals.update(first);
        done(second.accept(STAFF, at("2026-03-04T09:00")));
        appeals.update(second);
    }

    /**
     * The week after (2026-W11): one appeal resolved and rated 基本满意, which counts as satisfied (and, stored by
     * its name BASICALLY_SATISFIED, needs the widened column of V6).
     */
    public static void storeBasicallySatisfied(Appeals appeals, String prefix) {
        Appeal appeal = submit(appeals, prefix, 1, "2026-03-09T09:00", "2026-03-16T09:00");
        done(appeal.accept(STAFF, at("2026-03-09T09:30")));
        done(appeal.resolve(STAFF, at("2026-03-10T15:00"), "已答复"));
        done(appeal.rate(Actor.person(REQUESTER, null), at("2026-03-11T10:00"), Satisfaction.BASICALLY_SATISFIED, "还行"));
        appeals.update(appeal);
    }

    private static Appeal submit(Appeals appeals, String prefix, int sequence, String createdAt, String dueAt) {
        AppealNumber number = AppealNumber.of(prefix, at(createdAt).toLocalDate(), sequence);
        AppealFacts facts = new AppealFacts(number, GROUP, REQUESTER, "赵总", "高新技术企业认定需要哪些材料",
                "高新技术企业认定需要哪些材料", "policy", at(createdAt), null, false, "it:" + number.value());
        Appeal appeal = Appeal.submit(facts, DEPARTMENT, at(dueAt), "scripted");
        appeals.add(appeal);
        return appeal;
    }

    private static void done(Transition t) {
        if (!(t instanceof Transition.Done)) {
            throw new IllegalStateException("the scripted week was refused: " + t);
        }
    }

    public static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE);
    }
}
