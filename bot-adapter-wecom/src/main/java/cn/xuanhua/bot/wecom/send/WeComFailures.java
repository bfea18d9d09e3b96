package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.SecretMasking;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Sorts WeCom failures into retry-later and give-up. Throttling codes wait at least a minute (WeCom blocks for
 * 60 s, 130101 even for 10 minutes); -1, HTTP 5xx and network faults are retried with back-off; errors that name
 * the request itself as wrong are rejected at once. Messages never contain the URL: it may carry a key.
 */
final class WeComFailures {
    static final Duration THROTTLE_PAUSE = Duration.ofSeconds(60);
    private static final Set<Integer> THROTTLING = Set.of(45009, 45033, 130101);
    /** Codes that retrying cannot fix: invalid webhook key/url, bad message, empty content, no permission... */
    private static final Set<Integer> PERMANENT = Set.of(93000, 93004, 40008, 44004, 40003, 81013, 86008, 60020,
            48002, 301002, 40056, 86003, 86004);

    private WeComFailures() {
    }

    static SendOutcome classify(Throwable failure) {
        if (failure instanceof IllegalArgumentException badContent) {
            // A card the outbox holds cannot be read: sending it again cannot help.
            return new SendOutcome.Rejected("bad content: " + safe(badContent.getMessage()));
        }
        WxError error = failure instanceof WxErrorException wx ? wx.getError() : null;
        if (error != null && error.getErrorCode() != 0) {
            int code = error.getErrorCode();
            String reason = "WeCom error " + code + ": " + safe(error.getErrorMsg());
            if (THROTTLING.contains(code)) {
                return new SendOutcome.RetryLater(reason, THROTTLE_PAUSE);
            }
            if (PERMANENT.contains(code)) {
                return new SendOutcome.Rejected(reason);
            }
            return new SendOutcome.RetryLater(reason, Duration.ZERO);
        }
        return new SendOutcome.RetryLater(describe(failure), Duration.ZERO);
    }

    private static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return "network or HTTP failure: " + t.getClass().getSimpleName() + " " + safe(t.getMessage());
            }
        }
        return "failure: " + failure.getClass().getSimpleName();
    }

    /** WeCom's error messages may echo a request URL (with its key): credentials masked, the URL part cut off. */
    static String safe(String message) {
        if (message == null) {
            return "";
        }
        String s = SecretMasking.mask(message);
        int cut = s.indexOf("http");
        return (cut >= 0 ? s.substring(0, cut) : s).strip();
    }
}
