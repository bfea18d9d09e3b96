package cn.xuanhua.bot.core.outbound;

import java.util.List;

/**
 * The messenger that carries outbound messages (WeCom: the group robot, appchat, the customer-group broadcast, app
 * messages, an AI-bot reply's response_url). Implemented by the messenger's adapter, which alone knows how a recipient
 * is bound; the outbox calls it, and so does anything that must know beforehand whether a post could go out at all.
 */
public interface MessageSender {

    /**
     * Whether {@code recipient} can be posted to now. This is the one place that decides it: a post to an unreachable
     * recipient is parked with the problem, and the Monday digests skip such groups.
     */
    Reachability reach(Recipient recipient);

    /**
     * One attempt to send {@code content} ({@code format}: markdown or text; for IMAGE the PNG in Base64) to
     * {@code recipient}, mentioning {@code mentions} where the channel can. Never throws for a failed send: the
     * outcome says what happened, and an unreachable recipient is {@link SendOutcome.Rejected}.
     */
    SendOutcome send(Recipient recipient, MessageFormat format, String content, List<String> mentions);
}
