package cn.xuanhua.bot.core.inbound;

/**
 * The messenger's archive of group chats (WeCom: 会话内容存档), read from where the bot stopped. It carries the text
 * of groups no callback reports, such as external customer groups. Implemented by the messenger's adapter, on the
 * {@link Inbox} and the {@link ArchiveCursor}.
 */
public interface ChatArchive {

    /**
     * Reads the next batch after the stored cursor: group text messages go into the inbox, and the cursor moves past
     * everything read. The caller runs it in one transaction, so the inbox rows and the new position are stored
     * together.
     *
     * @return how many records it read (0 = up to date)
     */
    int pollOnce();
}
