package cn.xuanhua.bot.admin.web.page;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.ConsoleAction;
import cn.xuanhua.bot.admin.web.CodeLabels;
import cn.xuanhua.bot.admin.web.ConsoleNames;
import cn.xuanhua.bot.admin.web.api.AppealView;
import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealCase;
import cn.xuanhua.bot.core.appeal.AppealFilter;
import cn.xuanhua.bot.core.appeal.AppealAction;
import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealPolicy;
import cn.xuanhua.bot.core.appeal.AppealQueries;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.appeal.TimelineEntry;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.outbound.TextMasker;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code /appeals/{number}} shows: the facts, the text (the original only to the handling department's staff
 * and administrators, notes masked like the text for everyone else), the timeline with Chinese labels and names,
 * and the actions the appeal's own policy lets this user take in its current status.
 */
@Component
public class AppealDetails {
    private final Appeals appeals;
    private final AppealQueries listings;
    private final DisplayNames people;
    private final ConsoleNames names;
    private final TextMasker masker;
    private final CodeLabels labels;
    private final Clock clock;

    public AppealDetails(Appeals appeals, AppealQueries listings, DisplayNames people, ConsoleNames names,
                         TextMasker masker, CodeLabels labels, Clock clock) {
        this.appeals = appeals;
        this.listings = listings;
        this.people = people;
        this.names = names;
        this.masker = masker;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * 并单 and 拆单 on this page (docs/api.md, "Console pages"): {@code mayMerge} when the user may merge this appeal
     * into another, with the group's other open appeals to pick from (those of the same requester first);
     * {@code sameRequester} those of them a requester of this one reported too, {@code mergedInto} the appeal a 并单
     * closed this one into, and {@code maySplit} whether the user may undo it.
     */
    public record Merging(boolean mayMerge, List<String> candidates, List<String> sameRequester, String mergedInto,
                          boolean maySplit) {
        static final Merging NONE = new Merging(false, List.of(), List.of(), null, false);
    }

    /** At most this many appeals are offered to merge into; the number can always be typed. */
    private static final int CANDIDATES = 50;

    /** One line of the timeline. */
    public record EventRow(LocalDateTime at, String label, String actor, String note) {
    }

    public void fill(ConsoleUser me, AppealCase found, Model model) {
        ConsoleNames.Names n = names.load();
        AppealListing a = n.named(found.appeal());
        boolean original = me.seesOriginalText(a.departmentCode());
        model.addAttribute("appeal", AppealView.of(a, n.category(a.categoryCode()), null, clock.getZone(),
                LocalDateTime.now(clock)));
        model.addAttribute("listing", a);
        model.addAttribute("statusLabel", a.status().label());
        model.addAttribute("satisfactionLabel", a.satisfaction() == null ? null : a.satisfaction().label());
        model.addAttribute("groupName", n.group(a.groupCode()));
        model.addAttribute("departmentName", n.department(a.departmentCode()));
        model.addAttribute("handlerName", a.handlerUserId() == null ? null : actorName(a.handlerUserId(), a));
        model.addAttribute("originalText", original ? found.originalText() : null);
        model.addAttribute("events", found.timeline().stream().map(e -> row(e, a, original)).toList());
        Optional<Actor> by = me.actor();
        Optional<Appeal> appeal = AppealNumber.tryParse(a.number()).flatMap(appeals::byNumber);
        boolean acts = by.isPresent() && appeal.isPresent();
        model.addAttribute("actions", acts ? offered(by.get(), a, appeal.get()) : List.of());
        model.addAttribute("merging", acts ? merging(by.get(), appeal.get()) : Merging.NONE);
        model.addAttribute("departments", n.departments().entrySet().stream()
                .filter(d -> !d.getKey().equals(a.departmentCode())).toList());
    }

    /**
     * The actions the appeal's policy allows this user in its status; 批准延期 only while an extension waits for
     * approval (without one the command could only be refused).
     */
    private static List<ConsoleAction> offered(Actor by, AppealListing listing, Appeal appeal) {
        boolean extensionPending = listing.extensionDays() != null;
        return Arrays.stream(ConsoleAction.values())
                .filter(a -> a.appealAction() != AppealAction.APPROVE_EXTENSION || extensionPending)
                .filter(a -> AppealPolicy.allows(a.appealAction(), by, appeal)).toList();
    }

    /**
     * 拆单 only for an appeal a 并单 closed (the policy alone would offer it on every closed one); the appeals to
     * merge into are the group's open ones, as the command allows no other. Those a requester of this appeal reported
     * too come first and are named on the page: an owner who chases an open problem in other words than its own (no
     * word in common, so intake cannot tell it from a new problem, docs/intake.md) makes a second appeal, and the
     * person who merges it should not have to find the first among the group's.
     */
    private Merging merging(Actor by, Appeal appeal) {
        String mergedInto = appeal.mergedInto().map(AppealNumber::value).orElse(null);
        boolean maySplit = mergedInto != null && AppealPolicy.allows(AppealAction.SPLIT, by, appeal);
        if (!AppealPolicy.allows(AppealAction.MERGE, by, appeal)) {
            return new Merging(false, List.of(), List.of(), mergedInto, maySplit);
        }
        AppealFilter open = new AppealFilter(null, appeal.facts().groupCode(), null, null, null, null, null, null,
                null, null, LocalDateTime.now(clock));
        Map<Boolean, List<String>> byRequester = listings.find(open, 1, CANDIDATES).items().stream()
                .filter(l -> !l.number().equals(appeal.number().value()))
                .collect(Collectors.partitioningBy(l -> l.requesters().stream().anyMatch(appeal.requesters()::contains),
                        Collectors.mapping(AppealListing::number, Collectors.toList())));
        List<String> candidates = new ArrayList<>(byRequester.get(true));
        candidates.addAll(byRequester.get(false));
        return new Merging(true, candidates, byRequester.get(true), mergedInto, maySplit);
    }

    private EventRow row(TimelineEntry e, AppealListing a, boolean original) {
        String note = e.note() == null || original ? e.note() : masker.mask(e.note());
        // Intake's reasons for a new appeal are codes: shown in words.
        note = labels.describe(note);
        return new EventRow(e.at(), e.label(), actorName(e.actor(), a), note);
    }

    private String actorName(String userId, AppealListing a) {
        if (Actor.SYSTEM_ID.equals(userId)) {
            return "诉求助手";
        }
        if (userId.startsWith("console:")) {
            return "控制台 " + userId.substring("console:".length());
        }
        if (userId.equals(a.requesterUserId())) {
            return "提交人" + (a.requesterName() == null ? "" : " " + a.requesterName());
        }
        return people.of(userId);
    }
}
