package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.error.InvalidInputException;

/**
 * An appeal command as a button on the console's appeal page: the very chat command of the same name, so the
 * appeal's own rules decide who may press it and the same notices and group posts follow.
 *
 * @param slug      the last part of {@code POST /appeals/{number}/{slug}}
 * @param label     the button's text
 * @param action    the appeal transition it is, for asking the appeal's policy whether to offer it
 * @param noteLabel what the text field next to it asks for; null when it takes no text
 * @param input     which other fields it takes
 * @param maker     the command, from what was filled in
 */
public record ConsoleButton(String slug, String label, AppealAction action, String noteLabel, Input input,
                            Maker maker) {

    /** The fields besides the note a button takes. */
    public enum Input {
        NOTE_ONLY, DEPARTMENT, WORKING_DAYS
    }

    /** What a person filled in next to the button; unused fields are null. */
    public record Filled(String note, String department, Integer days) {

        /** The department chosen, required. */
        public String chosenDepartment() {
            if (department == null || department.isBlank()) {
                throw new InvalidInputException("请选择承办部门");
            }
            return department.strip();
        }

        /** The working days asked for, required. */
        public int workingDays() {
            if (days == null) {
                throw new InvalidInputException("请填写延期的工作日数");
            }
            return days;
        }
    }

    /** Makes the command for the appeal named by {@code ref}. */
    @FunctionalInterface
    public interface Maker {
        AppealCommand make(AppealRef ref, Filled filled);
    }

    /** Whether the button asks for a department (转办, 改派). */
    public boolean needsDepartment() {
        return input == Input.DEPARTMENT;
    }

    public AppealCommand command(AppealRef ref, Filled filled) {
        return maker.make(ref, filled);
    }
}
