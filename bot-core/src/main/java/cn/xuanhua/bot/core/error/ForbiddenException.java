package cn.xuanhua.bot.core.error;

/** The person may not do this; nothing was changed. */
public class ForbiddenException extends BotException {
    public ForbiddenException(String message) {
        super("forbidden", message);
    }

    public ForbiddenException(String message, Throwable cause) {
        super("forbidden", message, cause);
    }
}
