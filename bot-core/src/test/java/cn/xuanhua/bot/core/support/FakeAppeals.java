package cn.xuanhua.bot.core.support;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealEvent;
import cn.xuanhua.bot.core.appeal.AppealFacts;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.AppealState;
import cn.xuanhua.bot.core.appeal.AppealStatus;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.appeal.Appeals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Appeals in memory, behaving like the database: every read returns a fresh copy, update checks the version
 * and inserts only the new events, so two readers of the same appeal race like two instances do.
 */
public final class FakeAppeals implements Appeals {
    private record Row(AppealFacts facts, AppealState state, int version, List<AppealEvent> events,
                       cn.xuanhua.bot.core.appeal.ProblemSignature signature) {
        Appeal load() {
            return Appeal.restore(facts, state, version, events);
        }
    }

    private final Map<AppealNumber, Row> rows = new LinkedHashMap<>();
    private final Map<LocalDate, Integer> sequences = new HashMap<>();
    private Consumer<Appeal> concurrentChange;
    private int updates;

    /** Stores appeals as they are (their version and events kept), for a test's starting point. */
    public FakeAppeals with(Appeal... appeals) {
        for (Appeal a : appeals) {
            rows.put(a.number(), new Row(a.facts(), a.state(), a.version(), a.events(), a.signature().orElse(null)));
        }
        return this;
    }

    /** Lets "someone else" change and save the appeal just before the next update, which then conflicts. */
    public void beforeNextUpdate(Consumer<Appeal> change) {
        concurrentChange = change;
    }

    /** A fresh copy of what is stored. */
    public Appeal stored(String number) {
        return byNumber(AppealNumber.parse(number)).orElseThrow();
    }

    public int updates() {
        return updates;
    }

    @Override
    public Optional<Appeal> byNumber(AppealNumber number) {
        return Optional.ofNullable(rows.get(number)).map(Row::load);
    }

    @Override
    public List<Appeal> openOf(String departmentCode) {
        return unclosed().stream()
                .filter(a -> a.status().isOpen() && a.departmentCode().equals(departmentCode)).toList();
    }

    @Override
    public List<Appeal> unclosed() {
        return rows.values().stream().map(Row::load).filter(a -> a.status() != AppealStatus.CLOSED)
                .sorted(Comparator.comparing(Appeal::dueAt)).toList();
    }

    @Override
    public List<Appeal> recentOpenOfGroup(String groupCode, java.time.ZonedDateTime since) {
        return unclosed().stream()
                .filter(a -> a.status() == AppealStatus.PENDING || a.status() == AppealStatus.ACCEPTED)
                .filter(a -> a.facts().groupCode().equals(groupCode) && !a.facts().createdAt().isBefore(since))
                .sorted(Comparator.comparing((Appeal a) -> a.facts().createdAt()).reversed())
                .limit(RECENT_LIMIT).toList();
    }

    @Override
    public List<Appeal> unclosedOfRequester(String groupCode, String requesterUserId) {
        return unclosed().stream()
                .filter(a -> a.requesters().contains(requesterUserId))
                .filter(a -> groupCode == null || a.facts().groupCode().equals(groupCode))
                .sorted(Comparator.comparing((Appeal a) -> a.facts().createdAt()).reversed())
                .toList();
    }

    @Override
    public List<cn.xuanhua.bot.core.appeal.MergeCandidate> mergeCandidates(String groupCode, String categoryCode,
                                                                          java.time.ZonedDateTime since) {
        return rows.values().stream()
                .filter(r -> r.signature() != null && r.state().status().isOpen())
                .filter(r -> r.facts().groupCode().equals(groupCode) && r.facts().categoryCode().equals(categoryCode))
                .filter(r -> !r.facts().createdAt().isBefore(since))
                .map(r -> new cn.xuanhua.bot.core.appeal.MergeCandidate(r.facts().number(), r.state().status(),
                        r.facts().createdAt(), r.load().requesters(), r.signature()))
                .sorted(Comparator.comparing(cn.xuanhua.bot.core.appeal.MergeCandidate::createdAt).reversed())
                .toList();
    }

    @Override
    public int madeBySince(String requesterUserId, java.time.ZonedDateTime since) {
        return (int) rows.values().stream().map(Row::load)
                .filter(a -> a.facts().requesterUserId().equals(requesterUserId))
                .filter(a -> !a.facts().createdAt().isBefore(since)).count();
    }

    @Override
    public void add(Appeal appeal) {
        if (rows.containsKey(appeal.number())) {
            throw new ConflictException("duplicate " + appeal.number());
        }
        rows.put(appeal.number(), new Row(appeal.facts(), appeal.state(), 0, appeal.newEvents(),
                appeal.signature().orElse(null)));
        appeal.markSaved(0);
    }

    @Override
    public void update(Appeal appeal) {
        runConcurrentChange(appeal.number());
        Row row = rows.get(appeal.number());
        if (row == null || row.version() != appeal.version()) {
            throw new ConflictException("appeal " + appeal.number() + " was changed by someone else");
        }
        List<AppealEvent> events = new ArrayList<>(row.events());
        events.addAll(appeal.newEvents());
        rows.put(appeal.number(), new Row(appeal.facts(), appeal.state(), row.version() + 1, events, row.signature()));
        appeal.markSaved(row.version() + 1);
        updates++;
    }

    @Override
    public int nextSequence(LocalDate day) {
        return sequences.merge(day, 1, Integer::sum);
    }

    private void runConcurrentChange(AppealNumber number) {
        if (concurrentChange != null) {
            Consumer<Appeal> change = concurrentChange;
            concurrentChange = null;
            Appeal theirs = byNumber(number).orElseThrow();
            change.accept(theirs);
            update(theirs);
        }
    }
}
