package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.coordination.Locks;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.MessageSender;
import cn.xuanhua.bot.core.outbound.Recipient;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Monday, last week's digest into every group the bot can post to, once: one instance takes a shared lock
 * for the week, and every message is keyed {@code digest:{group}:{week}:monday:text|image}, so a second instance,
 * a rerun or a run after a crash queues nothing twice. Groups the sender cannot reach yet (not bound to WeCom) are
 * skipped, their posts could only be parked; a group that fails does not stop the others.
 */
public final class MondayDigests {
    /** The tag of the Monday digests' idempotency keys. */
    public static final String TAG = "monday";
    private static final Duration LOCK_TTL = Duration.ofMinutes(15);

    private final Groups groups;
    private final MessageSender sender;
    private final WeeklyDigests digests;
    private final Locks locks;

    public MondayDigests(Groups groups, MessageSender sender, WeeklyDigests digests, Locks locks) {
        this.groups = groups;
        this.sender = sender;
        this.digests = digests;
        this.locks = locks;
    }

    /**
     * What a run did.
     *
     * @param week    the ISO week posted
     * @param ran     false when another instance held the week's lock (and is doing it)
     * @param posted  groups whose digest was queued (or already was)
     * @param unbound groups skipped because the bot cannot post there yet
     * @param failed  groups whose digest failed, with the failure
     */
    public record Outcome(String week, boolean ran, List<String> posted, List<String> unbound,
                          Map<String, RuntimeException> failed) {
    }

    /** Posts the digests of the last complete week before {@code now}. */
    public Outcome run(ZonedDateTime now) {
        DigestPeriod week = DigestPeriod.lastWeek(now);
        Optional<Locks.Held> lock = locks.tryLock("digest-monday:" + week.isoWeek(), LOCK_TTL);
        if (lock.isEmpty()) {
            return new Outcome(week.isoWeek(), false, List.of(), List.of(), Map.of());
        }
        List<String> posted = new ArrayList<>();
        List<String> unbound = new ArrayList<>();
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        try (Locks.Held held = lock.get()) {
            for (ChatGroup group : groups.all()) {
                if (!sender.reach(new Recipient.Group(group.code())).reachable()) {
                    unbound.add(group.code());
                    continue;
                }
                try {
                    digests.publish(group, week, now, TAG);
                    posted.add(group.code());
                } catch (RuntimeException e) {
                    failed.put(group.code(), e);
                }
            }
        }
        return new Outcome(week.isoWeek(), true, posted, unbound, failed);
    }
}
