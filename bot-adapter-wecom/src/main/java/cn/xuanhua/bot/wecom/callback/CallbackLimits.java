package cn.xuanhua.bot.wecom.callback;

import java.nio.charset.StandardCharsets;

/** Limits every callback body must keep. */
public final class CallbackLimits {
    /** The largest body accepted (64 KiB); larger ones are refused with 413 and never parsed. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private CallbackLimits() {
    }

    /** Checks the size and decodes UTF-8. */
    static String body(byte[] body) {
        if (body == null || body.length == 0) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "empty body");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new CallbackRejected(CallbackRejected.Reason.TOO_LARGE, "body over 64 KiB");
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
