package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleAction;
import cn.xuanhua.bot.admin.console.ConsoleActions;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.error.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /appeals/{number}/{action}}: the action forms of the appeal page. Reading the appeal is checked here
 * (another department's STAFF user gets 403, as for the page); whether the action is allowed is the appeal's own
 * decision through the command handler, whose refusal is shown as it would be answered in the chat. 并单 and 拆单
 * have their own paths ({@link AppealMergeController}).
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
        ConsoleAction what = ConsoleAction.bySlug(action)
                .orElseThrow(() -> new NotFoundException("没有这个操作: " + action));
        AppealListing a = AppealForms.readable(appeals, me, number);
        AppealForms.answer(flash, () -> actions.run(me, AppealNumber.parse(a.number()), what,
                new ConsoleAction.Input(note, department, days)));
        return AppealForms.backTo(a.number());
    }
}
