package cn.xuanhua.bot.wecom.archive;

import java.util.List;

/**
 * Where archived chat records come from. In production: WeCom's chat-archive SDK, a native library the customer
 * supplies, loaded only when the archive is enabled ({@link WxJavaChatArchiveSource}); in tests: recorded payloads.
 */
public interface ChatArchiveSource {

    /** Up to {@code limit} (at most 1000) records after {@code afterSeq}, decrypted, in seq order. */
    List<ArchivedMessage> fetch(long afterSeq, int limit);
}
