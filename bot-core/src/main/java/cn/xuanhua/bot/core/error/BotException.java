package cn.xuanhua.bot.core.error;

/**
 * The root of the few named errors the core raises. Each carries a stable machine-readable {@link #code()}
 * and a message written for the person who caused it (Chinese where it reaches a chat or the console).
 */
public abstract class BotException extends RuntimeException {
    private final String code;

    protected BotException(String code, String message) {
        super(message);
        this.code = code;
    }

    protected BotException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A short stable code such as {@code invalid_input}, used as the {@code error} field of API answers. */
    public String code() {
        return code;
    }
}
