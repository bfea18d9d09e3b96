package cn.xuanhua.bot.admin.logging;

import cn.xuanhua.bot.core.SecretMasking;
import cn.xuanhua.bot.core.intake.Masker;

/**
 * What may reach a log line: credentials masked ({@link SecretMasking}) and personal numbers too (phones, ID and
 * bank card numbers, as intake masks them). WxJava logs a whole failed request, message text included, when WeCom
 * refuses a send; a business owner's phone number must not land in the log with it.
 */
final class LogText {
    private static final Masker PERSONAL = new Masker();

    private LogText() {
    }

    static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return PERSONAL.mask(SecretMasking.mask(text)).masked();
    }
}
