package cn.xuanhua.bot.admin.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Stack traces with credentials and personal numbers masked: exception messages may quote a request. */
public class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.clean(super.convert(event));
    }
}
