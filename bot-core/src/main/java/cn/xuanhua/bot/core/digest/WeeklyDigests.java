package cn.xuanhua.bot.core.digest;

import cn.xuanhua.bot.core.command.DigestRequest;
import cn.xuanhua.bot.core.command.WeeklyDigestHook;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.outbound.Outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Weekly digests on request: 周报 from a group's owner (the command handler has checked that) and the HTTP API.
 * A digest is queued for the group as markdown, and as a chart image where the group is bound by webhook (the
 * only binding that takes images), each under an idempotency key
 * {@code digest:{group}:{week}:{tag}:text|image}, so a retried request or a second instance queues it once.
 */
public final class WeeklyDigests implements WeeklyDigestHook {
    private static final int MAX_TAG_LENGTH = 48;

    private final Groups groups;
    private final DigestBuilder builder;
    private final DigestCharts charts;
    private final Outbox outbox;
    private final Clock clock;

    public WeeklyDigests(Groups groups, DigestBuilder builder, DigestCharts charts, Outbox outbox, Clock clock) {
        this.groups = groups;
        this.builder = builder;
        this.charts = charts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** 周报 / 周报 本周: the digest of the request's group and week, seen when it was asked for. */
    @Override
    public void requested(DigestRequest request) {
        ChatGroup group = group(request.groupCode());
        WeeklyDigest digest = builder.build(group, new DigestPeriod(request.weekStart()), request.at());
        post(group, digest, tag(request.messageId()));
    }

    /**
     * The digest of a group and week as of now, for the API.
     *
     * @throws NotFoundException     when no group has that code
     * @throws InvalidInputException when the week has not begun
     */
    public WeeklyDigest digest(String groupCode, DigestPeriod period) {
        return digest(group(groupCode), period);
    }

    /**
     * The digest of a group, or of a department's own scope ({@link ChatGroup#departmentScope}), as of now.
     *
     * @throws InvalidInputException when the week has not begun
     */
    public WeeklyDigest digest(ChatGroup group, DigestPeriod period) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (period.start(now.getZone()).isAfter(now)) {
            throw new InvalidInputException(period.isoWeek() + " 尚未开始");
        }
        return builder.build(group, period, now);
    }

    /** Builds and queues the digest of {@code group} for {@code period} as seen at {@code now}, keyed by {@code tag}. */
    public WeeklyDigest publish(ChatGroup group, DigestPeriod period, ZonedDateTime now, String tag) {
        WeeklyDigest digest = builder.build(group, period, now);
        post(group, digest, tag);
        return digest;
    }

    /** The messages a digest becomes: its text, then its chart where the group can show one. */
    List<OutboundMessage> messages(ChatGroup group, WeeklyDigest digest, String tag) {
        String key = "digest:" + group.code() + ":" + digest.isoWeek() + ":" + tag;
        Recipient to = new Recipient.Group(group.code());
        OutboundMessage text = OutboundMessage.markdown(key + ":text", to, DigestText.markdown(digest), null);
        Optional<String> chart = group.binding() == GroupBinding.WEBHOOK ? charts.pngBase64(digest) : Optional.empty();
        return chart.map(png -> List.of(text,
                        new OutboundMessage(key + ":image", to, MessageFormat.IMAGE, png, List.of(), null)))
                .orElse(List.of(text));
    }

    private void post(ChatGroup group, WeeklyDigest digest, String tag) {
        messages(group, digest, tag).forEach(outbox::enqueue);
    }

    private ChatGroup group(String code) {
        return groups.byCode(code).orElseThrow(() -> new NotFoundException("未知的群: " + code));
    }

    /** A message id as part of a key: kept when short, else a stable hash, so the key fits its column. */
    static String tag(String messageId) {
        if (messageId.length() <= MAX_TAG_LENGTH) {
            return messageId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
