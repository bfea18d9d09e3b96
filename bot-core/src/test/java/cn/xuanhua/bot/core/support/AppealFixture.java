package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealState;
import cn.xuanhua.bot.core.appeal.AppealStatus;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The one builder of appeals for tests: {@code anAppeal().acceptedBy("zhang.san").withDueAt(..).build()}.
 * Defaults: XH20261126-0007 from 王老板 in the 南关 group, pending at 城市管理局, created Thursday 2026-11-26 09:30,
 * due Thursday 2026-12-03 17:30. The events match the state, as if it had been stored.
 */
public final class AppealFixture {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String ORIGINAL = "南关大街路灯坏了一周没人修, 联系电话13812345678";
    public static final String MASKED = "南关大街路灯坏了一周没人修, 联系电话138****5678";

    private String number = "XH20261126-0007";
    private String groupCode = "tw-nanguan";
    private String requester = People.REQUESTER;
    private String department = "urban";
    private ZonedDateTime createdAt = at("2026-11-26T09:30");
    private ZonedDateTime dueAt = at("2026-12-03T17:30");
    private String handler;
    private ZonedDateTime acceptedAt;
    private ZonedDateTime resolvedAt;
    private Integer extensionDays;
    private boolean overdue;
    private int version = 3;

    private AppealFixture() {
    }

    public static AppealFixture anAppeal() {
        return new AppealFixture();
    }

    /** A local date-time in Asia/Shanghai, e.g. {@code at("2026-11-26T09:30")}. */
    public static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE);
    }

    public AppealFixture withNumber(String value) {
        number = value;
        return this;
    }

    public AppealFixture withGroup(String code) {
        groupCode = code;
        return this;
    }

    public AppealFixture withRequester(String userId) {
        requester = userId;
        return this;
    }

    public AppealFixture withDepartment(String code) {
        department = code;
        return this;
    }

    public AppealFixture withCreatedAt(ZonedDateTime value) {
        createdAt = value;
        return this;
    }

    public AppealFixture withDueAt(ZonedDateTime value) {
        dueAt = value;
        return this;
    }

    /** Accepted by {@code userId} on the day after creation at 10:00. */
    public AppealFixture acceptedBy(String userId) {
        handler = userId;
        acceptedAt = createdAt.plusDays(1).withHour(10).withMinute(0);
        return this;
    }

    /** Accepted by {@code userId}, then resolved at {@code at}. */
    public AppealFixture resolvedBy(String userId, ZonedDateTime at) {
        acceptedBy(userId);
        resolvedAt = at;
        return this;
    }

    public AppealFixture withExtensionRequested(int days) {
        extensionDays = days;
        return this;
    }

    public AppealFixture overdue() {
        overdue = true;
        return this;
    }

    public AppealFixture withVersion(int value) {
        version = value;
        return this;
    }

    public Appeal build() {
        AppealFacts facts = new AppealFacts(AppealNumber.parse(number), groupCode, requester, "王老板", ORIGINAL,
                MASKED, "infrastructure", createdAt, null, false, "msg-" + number);
        AppealStatus status = resolvedAt != null ? AppealStatus.RESOLVED
                : handler != null ? AppealStatus.ACCEPTED : AppealStatus.PENDING;
        AppealState state = new AppealState(status, department, handler, dueAt, acceptedAt, resolvedAt, null, null,
                null, false, overdue, extensionDays);
        return Appeal.restore(facts, state, version, events());
    }

    private List<AppealEvent> events() {
        List<AppealEvent> events = new ArrayList<>();
        events.add(new AppealEvent(createdAt, AppealEventType.CREATED, requester, "分派至" + department));
        if (acceptedAt != null) {
            events.add(new AppealEvent(acceptedAt, AppealEventType.ACCEPTED, handler, null));
        }
        if (extensionDays != null) {
            events.add(new AppealEvent(acceptedAt.plusHours(1), AppealEventType.EXTENSION_REQUESTED, handler,
                    "申请延期" + extensionDays + "个工作日: 需要现场勘查"));
        }
        if (resolvedAt != null) {
            events.add(new AppealEvent(resolvedAt, AppealEventType.RESOLVED, handler, "路灯已更换"));
        }
        if (overdue) {
            events.add(new AppealEvent(dueAt.plusMinutes(5), AppealEventType.OVERDUE, Actor.SYSTEM_ID, "已超期"));
        }
        return events;
    }
}
