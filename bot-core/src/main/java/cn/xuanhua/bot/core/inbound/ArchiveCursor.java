package cn.xuanhua.bot.core.inbound;

/** The position of the chat-archive reader: the last {@code seq} whose messages are in the inbox. */
public interface ArchiveCursor {

    /** The last seq read, 0 before the first pull. */
    long lastSeq();

    /** Moves the position forward; written in the same transaction as the inbox rows it covers. */
    void advanceTo(long seq);
}
