package cn.xuanhua.bot.core.error;

/** The change clashes with the current state (a duplicate, or a concurrent change that won); nothing was changed. */
public class ConflictException extends BotException {
    public ConflictException(String message) {
        super("conflict", message);
    }

    public ConflictException(String message, Throwable cause) {
        super("conflict", message, cause);
    }
}
