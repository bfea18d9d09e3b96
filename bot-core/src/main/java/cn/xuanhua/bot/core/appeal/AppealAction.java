package cn.xuanhua.bot.core.appeal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every transition of an appeal, with the party who may take it and the statuses it starts from. The console
 * can ask {@link AppealPolicy#allows} which actions to offer.
 */
public enum AppealAction {
    ACCEPT("受理", Party.HANDLING_DEPARTMENT, AppealStatus.PENDING),
    PROGRESS("报告进展", Party.HANDLING_DEPARTMENT, AppealStatus.ACCEPTED),
    RESOLVE("办结", Party.HANDLING_DEPARTMENT, AppealStatus.ACCEPTED),
    TRANSFER("转办", Party.HANDLING_DEPARTMENT, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    RETURN("退回", Party.HANDLING_DEPARTMENT, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    REQUEST_EXTENSION("申请延期", Party.HANDLING_DEPARTMENT, AppealStatus.ACCEPTED),
    REASSIGN("改派", Party.SUPERVISOR, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    APPROVE_EXTENSION("批准延期", Party.SUPERVISOR, AppealStatus.ACCEPTED),
    REJECT_EXTENSION("不批准延期", Party.SUPERVISOR, AppealStatus.ACCEPTED),
    SUPERVISE("督办", Party.SUPERVISOR, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    SUPPLEMENT("补充", Party.REQUESTER, AppealStatus.PENDING, AppealStatus.ACCEPTED, AppealStatus.RESOLVED),
    RATE("评价", Party.REQUESTER, AppealStatus.RESOLVED),
    CLOSE_UNRATED("结案", Party.SYSTEM, AppealStatus.RESOLVED),
    MARK_OVERDUE("标记超期", Party.SYSTEM, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    REMIND("提醒", Party.SYSTEM, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    /** 并单 at intake: the bot adds the writer of the same problem as one more requester. */
    JOIN("并单", Party.SYSTEM, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    /** 并单 by hand: a dispatcher or leader merges an open appeal into another of its group. */
    MERGE("并单", Party.SUPERVISOR, AppealStatus.PENDING, AppealStatus.ACCEPTED),
    /** 拆单: a dispatcher or leader undoes a 并单; the appeal merged away stands on its own again. */
    SPLIT("拆单", Party.SUPERVISOR, AppealStatus.CLOSED),
    /** 拆单, on the appeal kept: the requesters that came with the other leave, whatever its status now. */
    RELEASE("拆单", Party.SUPERVISOR, AppealStatus.PENDING, AppealStatus.ACCEPTED, AppealStatus.RESOLVED,
            AppealStatus.CLOSED);

    /** Who may take an action. */
    public enum Party {
        /** Staff of the department handling the appeal; dispatchers, leaders and the console on every appeal. */
        HANDLING_DEPARTMENT,
        /** Dispatchers, leaders and the console. */
        SUPERVISOR,
        /** The people who reported the problem: who wrote the appeal and who joined it by 并单, nobody else. */
        REQUESTER,
        /** The bot itself (deadline watch). */
        SYSTEM
    }

    private final String verb;
    private final Party party;
    private final Set<AppealStatus> from;

    AppealAction(String verb, Party party, AppealStatus first, AppealStatus... rest) {
        this.verb = verb;
        this.party = party;
        this.from = EnumSet.of(first, rest);
    }

    /** The Chinese verb used in refusals (不能受理). */
    public String verb() {
        return verb;
    }

    public Party party() {
        return party;
    }

    /** Whether the action may start from {@code status}. */
    public boolean startsFrom(AppealStatus status) {
        return from.contains(status);
    }
}
