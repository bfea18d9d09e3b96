package cn.xuanhua.bot.admin.console;

import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.command.AppealCommand;
import cn.xuanhua.bot.core.command.AppealRef;
import cn.xuanhua.bot.core.command.Commands;
import cn.xuanhua.bot.core.command.ConsoleButton;

import java.util.Optional;

/**
 * An appeal action the console offers: the button an appeal command declares ({@link ConsoleButton}), so the
 * appeal's own rules decide who may take it and the same notices and group posts follow. {@code slug} is the last
 * part of {@code POST /appeals/{number}/{slug}}.
 */
public record ConsoleAction(ConsoleButton button) {

    /** What a person filled in next to the button; unused fields are null. */
    public record Input(String note, String department, Integer days) {
    }

    /** Every action, in the order the commands are registered. */
    public static ConsoleAction[] values() {
        return Commands.buttons().stream().map(ConsoleAction::new).toArray(ConsoleAction[]::new);
    }

    public static Optional<ConsoleAction> bySlug(String slug) {
        return Commands.button(slug).map(ConsoleAction::new);
    }

    public String slug() {
        return button.slug();
    }

    public String label() {
        return button.label();
    }

    /** What the text field next to the button asks for; null when the action takes no text. */
    public String noteLabel() {
        return button.noteLabel();
    }

    /** Whether the action names a department (转办, 改派). */
    public boolean needsDepartment() {
        return button.needsDepartment();
    }

    /** Whether the action asks for a number of working days (申请延期). */
    public boolean takesWorkingDays() {
        return button.input() == ConsoleButton.Input.WORKING_DAYS;
    }

    /** The appeal transition this action is, for asking the appeal's policy whether to offer it. */
    public AppealAction appealAction() {
        return button.action();
    }

    /** The chat command this action is, for the appeal named by {@code ref}. */
    public AppealCommand command(AppealRef ref, Input in) {
        return button.command(ref, new ConsoleButton.Filled(in.note(), in.department(), in.days()));
    }
}
