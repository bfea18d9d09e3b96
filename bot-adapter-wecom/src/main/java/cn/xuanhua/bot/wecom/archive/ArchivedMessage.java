package cn.xuanhua.bot.wecom.archive;

/**
 * One decrypted chat-archive record, reduced to what the bot reads.
 *
 * @param seq     the archive's sequence number
 * @param msgId   WeCom's message id
 * @param roomId  the group's chat id, empty for a one-to-one chat
 * @param from    sender userid (or external userid)
 * @param msgType text, image, revoke, ...
 * @param text    the text of a text message, else null
 * @param msgTime send time, epoch milliseconds
 */
public record ArchivedMessage(long seq, String msgId, String roomId, String from, String msgType, String text,
                              long msgTime) {

    public boolean isGroupText() {
        return "text".equals(msgType) && text != null && roomId != null && !roomId.isEmpty();
    }
}
