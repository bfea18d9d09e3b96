package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleAction;
import cn.xuanhua.bot.admin.console.ConsoleActions;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * {@code POST /appeals/{number}/{action}}: the action forms of the appeal page. Reading the appeal is checked here
 * (another department's STAFF user gets 403, as for the page); whether the action is allowed is the appeal's own
 * decision through the command handler, whose refusal is shown as it would be answered in the chat.
 */
@Controller
public class AppealActionController {
    private final AppealQueries appeals;
    private final ConsoleActions actions;

    public AppealActionController(AppealQueries appeals, ConsoleActions actions) {
        this.appeals = appeals;
        this.actions = actions;
    }

    @PostMapping("/appeals/{number}/{action}")
    public String act(ConsoleUser me, @PathVariable String number, @PathVariable String action,
                      @RequestParam(required = false) String note,
                      @RequestParam(required = false) String department,
                      @RequestParam(required = false) Integer days,
                      RedirectAttributes flash) {
        AppealListing a = appeals.byNumber(number).map(AppealCase::appeal).orElse(null);
        ConsoleAction what = ConsoleAction.bySlug(action).orElse(null);
        if (a == null || what == null) {
            throw new NotFoundException("没有编号为 " + number + " 的诉求或没有这个操作");
        }
        if (!me.mayRead(a.departmentCode())) {
            throw new ForbiddenException("诉求 " + number + " 不属于您所在部门, 无权办理。");
        }
        try {
            ConsoleActions.Outcome outcome = actions.run(me, AppealNumber.parse(a.number()), what,
                    new ConsoleAction.Input(note, department, days));
            flash.addFlashAttribute(outcome.done() ? "notice" : "error", outcome.message());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "未执行: " + e.getMessage());
        }
        return "redirect:/appeals/" + UriUtils.encodePathSegment(a.number(), StandardCharsets.UTF_8);
    }
}
