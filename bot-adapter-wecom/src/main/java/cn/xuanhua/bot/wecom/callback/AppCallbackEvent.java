package cn.xuanhua.bot.wecom.callback;

import cn.xuanhua.bot.core.inbound.InboundMessage;

/** What one self-built-app callback carried. */
public sealed interface AppCallbackEvent {

    /** A text a user wrote to the app in private chat. */
    record Message(InboundMessage message) implements AppCallbackEvent {
    }

    /** {@code change_external_chat}: a customer group was created, changed or dismissed. */
    record ExternalChatChanged(String chatId, String changeType, String updateDetail) implements AppCallbackEvent {
    }

    /** {@code msgaudit_notify}: new messages wait in the chat archive. */
    record ArchiveNotified() implements AppCallbackEvent {
    }

    /** Anything else (other events, images, ...): acknowledged, nothing to do. */
    record Ignored(String what) implements AppCallbackEvent {
    }
}
