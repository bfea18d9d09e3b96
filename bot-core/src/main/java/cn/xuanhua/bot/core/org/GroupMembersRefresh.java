package cn.xuanhua.bot.core.org;

/**
 * Brings a group's members and owner up to date from the messenger when it reports a change to the group (WeCom:
 * {@code change_external_chat} for a customer group). Implemented by the messenger's adapter, on {@link Groups} and
 * {@link GroupMembers}.
 */
public interface GroupMembersRefresh {

    /**
     * Applies one change event of the chat {@code chatId}; a group the bot does not serve is ignored.
     *
     * @param changeType the messenger's kind of change (WeCom: {@code create}, {@code update}, {@code dismiss})
     * @return what was done, for the log
     * @throws cn.xuanhua.bot.core.error.ExternalServiceException when the messenger could not be asked
     */
    String changed(String chatId, String changeType);
}
