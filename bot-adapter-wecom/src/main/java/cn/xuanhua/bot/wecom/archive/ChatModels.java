package cn.xuanhua.bot.wecom.archive;

import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatModel;

/** Maps WxJava's decrypted chat record to the bot's {@link ArchivedMessage}. */
public final class ChatModels {
    private ChatModels() {
    }

    public static ArchivedMessage toArchived(long seq, WxCpChatModel model) {
        String text = model.getText() == null ? null : model.getText().getContent();
        return new ArchivedMessage(seq, model.getMsgId(), model.getRoomId() == null ? "" : model.getRoomId(),
                model.getFrom(), model.getMsgType(), text, model.getMsgTime() == null ? 0 : model.getMsgTime());
    }
}
