package cn.xuanhua.bot.core.outbound;

/**
 * What a tapped card becomes ({@code update_template_card}): the buttons give way to a grey line saying what was
 * done, by whom and when, or that nothing was done; the detail says why.
 *
 * @param taskId      the tapped card's task id
 * @param title       the main title (诉求 XH20261126-0007)
 * @param result      the answer the person would have read in chat, as plain text (the refusal, or what follows)
 * @param replaceText the grey line in place of the buttons (已受理 · 张三 11-26 10:05, 未执行)
 */
public record CardUpdate(String taskId, String title, String result, String replaceText) {

    /** The outbox content of this update (read back by the WeCom adapter and the sandbox). */
    public String toJson() {
        return "{\"taskId\":" + Json.string(taskId) + ",\"title\":" + Json.string(title)
                + ",\"result\":" + Json.string(result) + ",\"replaceText\":" + Json.string(replaceText) + "}";
    }
}
