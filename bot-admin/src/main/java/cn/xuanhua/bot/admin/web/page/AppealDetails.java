package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleAction;
import cn.xuanhua.bot.admin.persistence.AppealEventRecord;
import cn.xuanhua.bot.admin.persistence.AppealRecord;
import cn.xuanhua.bot.admin.persistence.AppealSearch;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.admin.web.api.AppealView;
import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEventType;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealPolicy;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.outbound.TextMasker;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.StaffDirectory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code /appeals/{number}} shows: the facts, the text (the original only to the handling department's staff
 * and administrators, notes masked like the text for everyone else), the timeline with Chinese labels and names,
 * and the actions the appeal's own policy lets this user take in its current status.
 */
@Component
public class AppealDetails {
    private final AppealSearch search;
    private final Appeals appeals;
    private final StaffDirectory staff;
    private final ConsoleNames names;
    private final TextMasker masker;
    private final Clock clock;

    public AppealDetails(AppealSearch search, Appeals appeals, StaffDirectory staff, ConsoleNames names,
                         TextMasker masker, Clock clock) {
        this.search = search;
        this.appeals = appeals;
        this.staff = staff;
        this.names = names;
        this.masker = masker;
        this.clock = clock;
    }

    /** One line of the timeline. */
    public record EventRow(LocalDateTime at, String label, String actor, String note) {
    }

    void fill(ConsoleUser me, AppealRecord r, Model model) {
        ConsoleNames.Names n = names.load();
        boolean original = me.seesOriginalText(r.getDepartmentCode());
        model.addAttribute("appeal", AppealView.of(r, n.category(r.getCategoryCode()), null, clock.getZone(),
                LocalDateTime.now(clock)));
        model.addAttribute("record", r);
        model.addAttribute("statusLabel", AppealStatus.valueOf(r.getStatus()).label());
        model.addAttribute("satisfactionLabel", r.getSatisfaction() == null ? null
                : Satisfaction.valueOf(r.getSatisfaction()).label());
        model.addAttribute("groupName", n.group(r.getGroupCode()));
        model.addAttribute("departmentName", n.department(r.getDepartmentCode()));
        model.addAttribute("handlerName", r.getHandlerUserId() == null ? null : actorName(r.getHandlerUserId(), r));
        model.addAttribute("originalText", original ? r.getOriginalText() : null);
        model.addAttribute("events", search.timeline(r.getId()).stream().map(e -> row(e, r, original)).toList());
        model.addAttribute("actions", offered(me, r.getNumber()));
        model.addAttribute("departments", n.departments().entrySet().stream()
                .filter(d -> !d.getKey().equals(r.getDepartmentCode())).toList());
    }

    private List<ConsoleAction> offered(ConsoleUser me, String number) {
        Optional<Actor> by = me.actor();
        Optional<Appeal> appeal = AppealNumber.tryParse(number).flatMap(appeals::byNumber);
        if (by.isEmpty() || appeal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ConsoleAction.values())
                .filter(a -> AppealPolicy.allows(a.appealAction(), by.get(), appeal.get())).toList();
    }

    private EventRow row(AppealEventRecord e, AppealRecord r, boolean original) {
        String note = e.getNote() == null || original ? e.getNote() : masker.mask(e.getNote());
        return new EventRow(e.getAt(), label(e.getType()), actorName(e.getActor(), r), note);
    }

    private String actorName(String userId, AppealRecord r) {
        if (Actor.SYSTEM_ID.equals(userId)) {
            return "诉求助手";
        }
        if (userId.startsWith("console:")) {
            return "控制台 " + userId.substring("console:".length());
        }
        if (userId.equals(r.getRequesterUserId())) {
            return "提交人" + (r.getRequesterName() == null ? "" : " " + r.getRequesterName());
        }
        return staff.byUserId(userId).map(StaffMember::name).orElse(userId);
    }

    private static String label(String type) {
        try {
            return AppealEventType.valueOf(type).label();
        } catch (IllegalArgumentException unknown) {
            return type;
        }
    }
}
