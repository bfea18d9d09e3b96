package cn.xuanhua.bot.core.command;

import java.util.Objects;

/**
 * One tap on a card's button, as the app callback carried it ({@code template_card_event}).
 *
 * @param messageId    the tap's inbox key: keys the card's update, so a tap WeCom delivers again updates once
 * @param userId       who tapped
 * @param taskId       the card's task id
 * @param key          the button's key ({@code accept:XH20261126-0007})
 * @param selected     the option chosen in the card's drop-down (a department code for 转办), or null
 * @param responseCode the one-use code for updating this person's card
 */
public record ButtonTap(String messageId, String userId, String taskId, String key, String selected,
                        String responseCode) {

    public ButtonTap {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(responseCode, "responseCode");
    }

    @Override
    public String toString() {
        // The response code is a one-use credential: never print it.
        return "ButtonTap[" + messageId + ", key=" + key + ", selected=" + selected + "]";
    }
}
