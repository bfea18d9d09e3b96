package cn.xuanhua.bot.admin.web.mobile;

import cn.xuanhua.bot.admin.account.ConsoleRole;
import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleAction;
import cn.xuanhua.bot.admin.console.ConsoleActions;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.admin.web.page.AppealDetails;
import cn.xuanhua.bot.admin.web.page.AppealForms;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealFormat;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.error.ForbiddenException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.StaffDirectory;
import cn.xuanhua.bot.core.org.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /m}: a staff member's work on the phone, inside WeCom. The queue of their department's open appeals,
 * soonest due first with the time left; each appeal's page with its timeline and the actions their role allows, run
 * through the same command handler as the chat commands and the console (same checks, same posts to the group).
 * Who is signed in is read afresh on each request: a staff member removed since signs in as nobody.
 */
@Controller
public class MobilePageController {
    /** More than a department has open on a bad day; the rest are in the console. */
    static final int QUEUE_LIMIT = 200;
    private final MobileSignIn signIn;
    private final StaffDirectory staff;
    private final AppealQueries appeals;
    private final AppealDetails details;
    private final ConsoleActions actions;
    private final ConsoleNames names;
    private final Clock clock;

    public MobilePageController(MobileSignIn signIn, StaffDirectory staff, AppealQueries appeals,
                                AppealDetails details, ConsoleActions actions, ConsoleNames names, Clock clock) {
        this.signIn = signIn;
        this.staff = staff;
        this.appeals = appeals;
        this.details = details;
        this.actions = actions;
        this.names = names;
        this.clock = clock;
    }

    /** One appeal of the queue. */
    public record QueueRow(String number, String statusLabel, String excerpt, String timeLeft, boolean overdue,
                           boolean urgent, String groupName, String requesterName) {
    }

    /**
     * WeCom's way back. Someone already signed in on this browser (back button, a second tab) goes to the queue as
     * they are: nobody else is signed in by a code that arrives then.
     */
    @GetMapping("/m/oauth")
    public String oauth(HttpServletRequest request, HttpServletResponse response, Authentication auth,
                        @RequestParam(required = false) String code, @RequestParam(required = false) String state) {
        if (MobileSignIn.isSignedIn(auth)) {
            return "redirect:/m";
        }
        return "redirect:" + signIn.signIn(request, response, code, state);
    }

    @GetMapping("/m")
    public String queue(Authentication auth, Model model) {
        ConsoleUser me = signedIn(auth);
        ConsoleNames.Names n = names.load();
        LocalDateTime now = LocalDateTime.now(clock);
        List<QueueRow> rows = appeals.openOf(me.staff().departmentCode(), QUEUE_LIMIT).stream().map(n::named)
                .map(a -> new QueueRow(a.number(), a.status().label(), AppealFormat.excerpt(a.maskedText()),
                        TimeLeft.until(a.dueAt(), now), a.overdueAt(now), a.urgent(), n.group(a.groupCode()),
                        a.requesterName()))
                .toList();
        model.addAttribute("me", me);
        model.addAttribute("rows", rows);
        return "m/queue";
    }

    @GetMapping("/m/appeals/{number}")
    public String appeal(Authentication auth, @PathVariable String number, Model model) {
        ConsoleUser me = signedIn(auth);
        AppealCase found = readable(me, number);
        details.fill(me, found, model);
        model.addAttribute("me", me);
        model.addAttribute("timeLeft", TimeLeft.until(found.appeal().dueAt(), LocalDateTime.now(clock)));
        return "m/appeal";
    }

    @PostMapping("/m/appeals/{number}/{action}")
    public String act(Authentication auth, @PathVariable String number, @PathVariable String action,
                      @RequestParam(required = false) String note,
                      @RequestParam(required = false) String department,
                      @RequestParam(required = false) Integer days,
                      RedirectAttributes flash) {
        ConsoleUser me = signedIn(auth);
        AppealListing a = readable(me, number).appeal();
        ConsoleAction what = ConsoleAction.bySlug(action)
                .orElseThrow(() -> new NotFoundException("没有这个操作: " + action));
        AppealForms.answer(flash, () -> actions.run(me, AppealNumber.parse(a.number()), what,
                new ConsoleAction.Input(note, department, days)));
        return "redirect:/m/appeals/" + UriUtils.encodePathSegment(a.number(), StandardCharsets.UTF_8);
    }

    /**
     * The signed-in staff member as the console's rules see them: their role decides what they may read and do,
     * their department which queue is theirs.
     */
    private ConsoleUser signedIn(Authentication auth) {
        StaffMember member = staff.byUserId(auth.getName())
                .orElseThrow(() -> new ForbiddenException("您已不是登记的部门工作人员。"));
        ConsoleRole role = switch (member.role()) {
            case STAFF -> ConsoleRole.STAFF;
            case DISPATCHER -> ConsoleRole.DISPATCHER;
            case LEADER -> ConsoleRole.LEADER;
        };
        return new ConsoleUser(member.userId(), role, member, names.load().department(member.departmentCode()));
    }

    private AppealCase readable(ConsoleUser me, String number) {
        AppealCase found = appeals.byNumber(number)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + number + " 的诉求"));
        if (!me.mayRead(found.appeal().departmentCode())) {
            throw new ForbiddenException("诉求 " + number + " 不属于您所在部门, 无权查看。");
        }
        return found;
    }
}
