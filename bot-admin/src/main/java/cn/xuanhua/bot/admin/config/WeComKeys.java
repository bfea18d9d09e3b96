package cn.xuanhua.bot.admin.config;

import cn.xuanhua.bot.core.Secret;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The WeCom credentials in use: the configured ones in live mode, freshly generated ones in sandbox mode (where
 * the sandbox page plays WeCom's part and encrypts with the same keys). Every secret is a {@link Secret}.
 */
public record WeComKeys(String corpId, Integer agentId, Secret appSecret, Secret appToken, Secret appAesKey,
                        Secret aibotToken, Secret aibotAesKey) {

    static WeComKeys from(BotProperties.Wecom wecom) {
        return new WeComKeys(wecom.corpId(), wecom.app().agentId(), Secret.of(wecom.app().secret()),
                Secret.of(wecom.app().token()), Secret.of(wecom.app().aesKey()),
                Secret.of(wecom.aibot().token()), Secret.of(wecom.aibot().aesKey()));
    }

    /** Random keys for one sandbox run: nothing to configure, nothing that works outside this process. */
    static WeComKeys forSandbox() {
        return new WeComKeys("sandbox-corp", 1000002, Secret.of(random(24)), Secret.of(random(16)),
                Secret.of(aesKey()), Secret.of(random(16)), Secret.of(aesKey()));
    }

    public boolean aibotConfigured() {
        return aibotToken.isSet() && aibotAesKey.isSet();
    }

    public boolean appConfigured() {
        return appToken.isSet() && appAesKey.isSet() && corpId != null && !corpId.isBlank();
    }

    private static String aesKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('+', 'A').replace('/', 'B');
    }

    private static String random(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
