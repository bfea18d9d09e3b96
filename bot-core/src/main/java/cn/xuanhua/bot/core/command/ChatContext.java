package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.outbound.Recipient;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a command was written: a private chat with the app, a group the bot serves, or the admin console, whose
 * user reads the answer on the page (so nothing is queued for them).
 */
public sealed interface ChatContext {

    /** The group's code when written in a group. */
    Optional<String> groupCode();

    /** Where the answer to {@code senderUserId} goes. */
    Recipient answerTo(String senderUserId);

    static ChatContext privateChat() {
        return new PrivateChat();
    }

    /** An action taken in the admin console: notices and group posts as for a chat command, the answer in place. */
    static ChatContext console() {
        return new Console();
    }

    /** Whether the answer to the sender is shown where they are instead of being sent to them. */
    default boolean answeredInPlace() {
        return false;
    }

    /**
     * A tap on a card's button: the answer replaces the card ({@code update_template_card} with the tap's one-use
     * {@code responseCode}); {@code action} is the button's text (受理), for saying what was done.
     */
    static ChatContext card(String taskId, String responseCode, String action) {
        return new CardTap(taskId, responseCode, action);
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

    /** A private chat, reached through a card's button: the card itself shows the answer. */
    record CardTap(String taskId, String responseCode, String action) implements ChatContext {
        public CardTap {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(responseCode, "responseCode");
        }

        @Override
        public Optional<String> groupCode() {
            return Optional.empty();
        }

        @Override
        public Recipient answerTo(String senderUserId) {
            return new Recipient.TappedCard(senderUserId, responseCode);
        }

        @Override
        public String toString() {
            // The response code is a one-use credential: never print it.
            return "CardTap[taskId=" + taskId + ", action=" + action + "]";
        }
    }

    /** The admin console: the person is looking at the page, which shows the answer; none is sent. */
    record Console() implements ChatContext {
        @Override
        public Optional<String> groupCode() {
            return Optional.empty();
        }

        /** Never used for a console answer ({@link #answeredInPlace()}); a private message is the nearest thing. */
        @Override
        public Recipient answerTo(String senderUserId) {
            return new Recipient.User(senderUserId);
        }

        @Override
        public boolean answeredInPlace() {
            return true;
        }
    }
}
