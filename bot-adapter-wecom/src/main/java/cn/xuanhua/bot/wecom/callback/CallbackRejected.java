package cn.xuanhua.bot.wecom.callback;

/** A callback request the bot will not accept; {@link #reason()} decides the HTTP status. Nothing is stored. */
public class CallbackRejected extends RuntimeException {

    /** Why a callback was refused, with the status WeCom (or an attacker) gets back. */
    public enum Reason {
        BAD_SIGNATURE(403), MALFORMED(400), TOO_LARGE(413),
        /** A timestamp more than 10 minutes from now, or none: maybe a replay ({@link ReplayGuard}). */
        STALE(403);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public CallbackRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CallbackRejected(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
