package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.command.AppealCommand;
import cn.xuanhua.bot.core.command.AppealRef;
import cn.xuanhua.bot.core.error.InvalidInputException;

import java.util.Arrays;
import java.util.Optional;

/**
 * The appeal actions the console offers, each the very chat command of the same name (contract section 5), so the
 * appeal's own rules decide who may take it and the same notices and group posts follow. {@code slug} is the last
 * part of {@code POST /appeals/{number}/{slug}}.
 */
public enum ConsoleAction {
    ACCEPT("accept", "受理", AppealAction.ACCEPT, null),
    PROGRESS("progress", "进展", AppealAction.PROGRESS, "进展内容"),
    RESOLVE("resolve", "办结", AppealAction.RESOLVE, "办理结果"),
    TRANSFER("transfer", "转办", AppealAction.TRANSFER, "转办理由"),
    RETURN("return", "退回", AppealAction.RETURN, "退回理由"),
    REQUEST_EXTENSION("extend", "申请延期", AppealAction.REQUEST_EXTENSION, "延期理由"),
    REASSIGN("reassign", "改派", AppealAction.REASSIGN, "改派说明 (可不填)"),
    APPROVE_EXTENSION("approve-extension", "批准延期", AppealAction.APPROVE_EXTENSION, null),
    SUPERVISE("supervise", "督办", AppealAction.SUPERVISE, "督办内容");

    private final String slug;
    private final String label;
    private final AppealAction action;
    private final String noteLabel;

    ConsoleAction(String slug, String label, AppealAction action, String noteLabel) {
        this.slug = slug;
        this.label = label;
        this.action = action;
        this.noteLabel = noteLabel;
    }

    /** What a person filled in next to the button; unused fields are null. */
    public record Input(String note, String department, Integer days) {
    }

    public static Optional<ConsoleAction> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** What the text field next to the button asks for; null when the action takes no text. */
    public String noteLabel() {
        return noteLabel;
    }

    /** Whether the action names a department (转办, 改派). */
    public boolean needsDepartment() {
        return this == TRANSFER || this == REASSIGN;
    }

    /** The appeal transition this action is, for asking the appeal's policy whether to offer it. */
    public AppealAction appealAction() {
        return action;
    }

    /** The chat command this action is, for the appeal named by {@code ref}. */
    public AppealCommand command(AppealRef ref, Input in) {
        return switch (this) {
            case ACCEPT -> new AppealCommand.Accept(ref);
            case PROGRESS -> new AppealCommand.Progress(ref, in.note());
            case RESOLVE -> new AppealCommand.Resolve(ref, in.note());
            case TRANSFER -> new AppealCommand.Transfer(ref, required(in.department(), "承办部门"), in.note());
            case RETURN -> new AppealCommand.ReturnToDispatcher(ref, in.note());
            case REQUEST_EXTENSION -> new AppealCommand.RequestExtension(ref, days(in.days()), in.note());
            case REASSIGN -> new AppealCommand.Reassign(ref, required(in.department(), "承办部门"), in.note());
            case APPROVE_EXTENSION -> new AppealCommand.ApproveExtension(ref);
            case SUPERVISE -> new AppealCommand.Supervise(ref, in.note());
        };
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("请选择" + what);
        }
        return value.strip();
    }

    private static int days(Integer days) {
        if (days == null) {
            throw new InvalidInputException("请填写延期的工作日数");
        }
        return days;
    }
}
