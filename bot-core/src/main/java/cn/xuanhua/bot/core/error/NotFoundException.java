package cn.xuanhua.bot.core.error;

/** The thing asked for does not exist. */
public class NotFoundException extends BotException {
    public NotFoundException(String message) {
        super("not_found", message);
    }

    public NotFoundException(String message, Throwable cause) {
        super("not_found", message, cause);
    }
}
