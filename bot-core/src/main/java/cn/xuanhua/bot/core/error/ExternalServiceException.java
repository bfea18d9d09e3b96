package cn.xuanhua.bot.core.error;

/** A call to an outside service (WeCom) failed; the caller decides whether to retry. */
public class ExternalServiceException extends BotException {
    public ExternalServiceException(String message) {
        super("external_service", message);
    }

    public ExternalServiceException(String message, Throwable cause) {
        super("external_service", message, cause);
    }
}
