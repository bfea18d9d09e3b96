package cn.xuanhua.bot.core.appeal;

import java.util.Optional;

/**
 * Who may do what to an appeal, and in which status. Staff act only on their own department's appeals;
 * dispatchers, leaders and the console on all; requesters only on their own (补充, ratings); the bot alone
 * closes unrated appeals, marks them overdue and records reminders. The person is checked before the status,
 * so a stranger learns only that it is not theirs.
 */
public final class AppealPolicy {

    private AppealPolicy() {
    }

    /**
     * Need to know: who may read an appeal's status and progress in a chat (查询, "0007办得怎么样了"). In the appeal's
     * own group anyone there may (the bot posts every step there anyway); elsewhere only its requester, staff of
     * its department, dispatchers and leaders. A number is easy to guess: a group must not read another's appeals.
     *
     * @param askedInGroup the group the question was asked in; empty for a private chat
     */
    public static boolean mayRead(Actor by, Appeal appeal, Optional<String> askedInGroup) {
        if (askedInGroup.filter(appeal.facts().groupCode()::equals).isPresent()) {
            return true;
        }
        return appeal.requesters().contains(by.userId()) || by.isStaffOf(appeal.departmentCode())
                || by.supervises();
    }

    /** Whether {@code by} may take {@code action} on {@code appeal} now. */
    public static boolean allows(AppealAction action, Actor by, Appeal appeal) {
        return check(action, by, appeal).isEmpty();
    }

    /** Why {@code by} may not take {@code action} on {@code appeal} now; empty when they may. */
    public static Optional<Refusal> check(AppealAction action, Actor by, Appeal appeal) {
        Optional<Refusal> who = checkParty(action, by, appeal);
        if (who.isPresent()) {
            return who;
        }
        if (!action.startsFrom(appeal.status())) {
            return Optional.of(new Refusal(statusReason(action, appeal.status())));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> checkParty(AppealAction action, Actor by, Appeal appeal) {
        boolean allowed = switch (action.party()) {
            case HANDLING_DEPARTMENT -> by.isStaffOf(appeal.departmentCode()) || by.supervises();
            case SUPERVISOR -> by.supervises();
            case REQUESTER -> appeal.requesters().contains(by.userId());
            case SYSTEM -> by.isSystem();
        };
        return allowed ? Optional.empty() : Optional.of(new Refusal(partyReason(action, by)));
    }

    private static String partyReason(AppealAction action, Actor by) {
        return switch (action.party()) {
            case HANDLING_DEPARTMENT -> by.isStaff() ? "该诉求不属于您所在部门"
                    : "只有承办部门的工作人员可以" + action.verb();
            case SUPERVISOR -> "只有分拨员或领导可以" + action.verb();
            case REQUESTER -> "只有诉求提交人可以" + action.verb();
            case SYSTEM -> "该操作由系统自动执行";
        };
    }

    private static String statusReason(AppealAction action, AppealStatus status) {
        if (action == AppealAction.ACCEPT) {
            return "该诉求已受理, 当前状态: " + status.label();
        }
        if (status == AppealStatus.PENDING && action.party() == AppealAction.Party.HANDLING_DEPARTMENT) {
            return "该诉求尚未受理, 请先受理 (当前状态: " + status.label() + ")";
        }
        if (action == AppealAction.RATE && status.isOpen()) {
            return "该诉求尚未办结, 办结后才能评价 (当前状态: " + status.label() + ")";
        }
        return "该诉求当前状态: " + status.label() + ", 不能" + action.verb();
    }
}
