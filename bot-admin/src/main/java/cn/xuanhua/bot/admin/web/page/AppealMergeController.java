package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleActions;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.command.AppealRef;
import cn.xuanhua.bot.core.command.MergeAppeals;
import cn.xuanhua.bot.core.command.SplitAppeal;
import cn.xuanhua.bot.core.error.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/**
 * {@code POST /appeals/{number}/merge} and {@code /split}: 并单 and 拆单 from the appeal page (docs/api.md, "Console
 * pages"). They name a second appeal, so they are no {@link cn.xuanhua.bot.admin.console.ConsoleAction}; they run
 * as the chat commands {@code 并单 主编号 编号} and {@code 拆单 编号} with the same checks as the other actions
 * (404, another department's STAFF user 403), and the appeal's rules decide the rest. These literal paths win over
 * {@code /appeals/{number}/{action}}.
 */
@Controller
public class AppealMergeController {
    private final AppealQueries appeals;
    private final ConsoleActions actions;

    public AppealMergeController(AppealQueries appeals, ConsoleActions actions) {
        this.appeals = appeals;
        this.actions = actions;
    }

    /** Merges the page's appeal into {@code into}, the appeal kept. */
    @PostMapping("/appeals/{number}/merge")
    public String merge(ConsoleUser me, @PathVariable String number, @RequestParam(required = false) String into,
                        RedirectAttributes flash) {
        AppealNumber away = AppealNumber.parse(AppealForms.readable(appeals, me, number).number());
        AppealForms.answer(flash, () -> actions.run(me, away, "并单",
                new MergeAppeals(new AppealRef.Full(kept(into)), new AppealRef.Full(away))));
        return AppealForms.backTo(away.value());
    }

    /** Undoes the 并单 that closed the page's appeal. */
    @PostMapping("/appeals/{number}/split")
    public String split(ConsoleUser me, @PathVariable String number, RedirectAttributes flash) {
        AppealNumber away = AppealNumber.parse(AppealForms.readable(appeals, me, number).number());
        AppealForms.answer(flash, () -> actions.run(me, away, "拆单", new SplitAppeal(new AppealRef.Full(away))));
        return AppealForms.backTo(away.value());
    }

    /** The kept appeal's full number as typed (a short one could name another appeal than the person meant). */
    private static AppealNumber kept(String into) {
        if (into == null || into.isBlank()) {
            throw new InvalidInputException("请填写要并入的主编号");
        }
        return AppealNumber.parse(into.strip().toUpperCase(Locale.ROOT));
    }
}
