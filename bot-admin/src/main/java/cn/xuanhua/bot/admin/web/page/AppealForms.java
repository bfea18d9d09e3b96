package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleActions;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What the forms of an appeal page share (docs/api.md, "Console pages"): the appeal must exist and be readable by
 * the user before anything is run, and the answer is shown on the page the form came from, as the chat would have
 * answered it.
 */
public final class AppealForms {
    private AppealForms() {
    }

    /**
     * The appeal a form acts on.
     *
     * @throws NotFoundException  when there is no appeal with that number
     * @throws ForbiddenException when it belongs to another department than the STAFF user's own
     */
    static AppealListing readable(AppealQueries appeals, ConsoleUser me, String number) {
        AppealListing a = appeals.byNumber(number).map(AppealCase::appeal)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + number + " 的诉求"));
        if (!me.mayRead(a.departmentCode())) {
            throw new ForbiddenException("诉求 " + number + " 不属于您所在部门, 无权办理。");
        }
        return a;
    }

    /**
     * Runs the action and flashes its answer: a notice when it was done, an error when it was refused or what was
     * typed could not be read (then nothing was run, so nothing changed).
     */
    public static void answer(RedirectAttributes flash, Supplier<ConsoleActions.Outcome> action) {
        try {
            ConsoleActions.Outcome outcome = action.get();
            flash.addFlashAttribute(outcome.done() ? "notice" : "error", outcome.message());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "未执行: " + e.getMessage());
        }
    }

    /** Back to the appeal's page (its number is the path segment, encoded). */
    static String backTo(String number) {
        return "redirect:/appeals/" + UriUtils.encodePathSegment(number, StandardCharsets.UTF_8);
    }
}
