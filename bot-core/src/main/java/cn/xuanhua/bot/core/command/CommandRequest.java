package cn.xuanhua.bot.core.command;

import java.util.Objects;

/**
 * One chat message to run as a command.
 *
 * @param messageId    the inbound message's id (WeCom msgid): keys the answer, so handling the same message
 *                     twice answers once
 * @param senderUserId the writer's WeCom userid
 * @param chat         where it was written
 * @param text         what was written
 */
public record CommandRequest(String messageId, String senderUserId, ChatContext chat, String text) {

    public CommandRequest {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(senderUserId, "senderUserId");
        Objects.requireNonNull(chat, "chat");
    }
}
