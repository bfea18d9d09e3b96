package cn.xuanhua.bot.core.error;

/** The input was malformed or refers to something unknown; nothing was changed. */
public class InvalidInputException extends BotException {
    public InvalidInputException(String message) {
        super("invalid_input", message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super("invalid_input", message, cause);
    }
}
