package cn.xuanhua.bot.core.digest;


import java.util.Optional;

/** Draws a digest as a picture (the week's numbers and the four rates) for a webhook image message. */
public interface DigestCharts {

    /**
     * The chart as a Base64 PNG (the content of {@link cn.xuanhua.bot.core.outbound.MessageFormat#IMAGE}), or
     * empty when this machine cannot draw one; the text digest is complete without it.
     */
    Optional<String> pngBase64(WeeklyDigest digest);
}
