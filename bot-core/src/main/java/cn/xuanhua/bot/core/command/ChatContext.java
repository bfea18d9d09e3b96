package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.outbound.Recipient;

import java.util.Objects;
import java.util.Optional;

/** Where a command was written: a private chat with the app, or a group the bot serves. */
public sealed interface ChatContext {

    /** The group's code when written in a group. */
    Optional<String> groupCode();

    /** Where the answer to {@code senderUserId} goes. */
    Recipient answerTo(String senderUserId);

    static ChatContext privateChat() {
        return new PrivateChat();
    }

    /** A group message; {@code responseUrl} is the AI bot's one-use answer URL, null when there is none. */
    static ChatContext group(String groupCode, String responseUrl) {
        return new GroupChat(groupCode, responseUrl);
    }

    /** A private chat with the self-built app: answers go back as app messages. */
    record PrivateChat() implements ChatContext {
        @Override
        public Optional<String> groupCode() {
            return Optional.empty();
        }

        @Override
        public Recipient answerTo(String senderUserId) {
            return new Recipient.User(senderUserId);
        }
    }

    /** A group: answers go through the AI bot's response_url when there is one, else into the group. */
    record GroupChat(String code, String responseUrl) implements ChatContext {
        public GroupChat {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Optional<String> groupCode() {
            return Optional.of(code);
        }

        @Override
        public Recipient answerTo(String senderUserId) {
            return responseUrl == null ? new Recipient.Group(code) : new Recipient.Reply(responseUrl, code);
        }

        @Override
        public String toString() {
            // response_url carries a one-use credential: never print it.
            return "GroupChat[code=" + code + "]";
        }
    }
}
