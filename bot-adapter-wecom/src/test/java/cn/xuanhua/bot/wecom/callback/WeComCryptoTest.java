package cn.xuanhua.bot.wecom.callback;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WeCom's published crypto sample (shared/reference/wecom.md) and the rejections around it. */
class WeComCryptoTest {
    static final String TOKEN = "QDG6eK";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    static final String CORP_ID = "wx5823bf96d3bd56c7";

    @Test
    void decryptsWeComsPublishedUrlCheckSample() {
        WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);
        String echo = crypto.verifyAndDecrypt("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");
        assertThat(echo).isEqualTo("1616140317555161061");
    }

    @Test
    void rejectsTheSampleWithATamperedSignatureAs403() {
        WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);
        assertThatThrownBy(() -> crypto.verifyAndDecrypt("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd4", "1409659589",
                "263014780", "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .isInstanceOfSatisfying(CallbackRejected.class,
                        e -> assertThat(e.reason()).isEqualTo(CallbackRejected.Reason.BAD_SIGNATURE));
    }

    @Test
    void rejectsTheSampleWhenTheReceiveIdIsNotOurs() {
        // The AI bot's receive id is "": the app sample (receive id = CorpID) must not pass as an AI-bot message.
        WeComCrypto aiBot = new WeComCrypto(TOKEN, AES_KEY, "");
        assertThatThrownBy(() -> aiBot.verifyAndDecrypt("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589",
                "263014780", "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .isInstanceOf(CallbackRejected.class);
    }

    @Test
    void decryptsWhatWxJavaEncryptsForTheSameReceiveId() {
        WxCryptUtil sender = new WxCryptUtil(TOKEN, AES_KEY, "");
        WeComCrypto receiver = new WeComCrypto(TOKEN, AES_KEY, "");
        WxCryptUtil.EncryptContext sent = sender.encryptContext("{\"msgid\":\"m1\",\"text\":{\"content\":\"路灯坏了\"}}");
        assertThat(receiver.verifyAndDecrypt(sent.getSignature(), sent.getTimeStamp(), sent.getNonce(), sent.getEncrypt()))
                .isEqualTo("{\"msgid\":\"m1\",\"text\":{\"content\":\"路灯坏了\"}}");
    }

    @Test
    void rejectsGarbageCipherTextAs400WhenTheSignatureIsRight() {
        WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, "");
        for (String garbage : new String[]{"not base64 !!", "AAAA", "QUJDREVGR0hJSktMTU5PUA=="}) {
            String signature = crypto.sign("1", "2", garbage);
            assertThatThrownBy(() -> crypto.verifyAndDecrypt(signature, "1", "2", garbage))
                    .isInstanceOfSatisfying(CallbackRejected.class,
                            e -> assertThat(e.reason()).isEqualTo(CallbackRejected.Reason.MALFORMED));
        }
    }

    @Test
    void rejectsALengthFieldPastTheEndAs400EvenWhereTheSumOverflows() {
        WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, "");
        for (int length : new int[]{0x7fffffff, 0x7ffffff0, Integer.MAX_VALUE - 19, 1000}) {
            String cipherText = encryptedWithLengthField(length);
            String signature = crypto.sign("1", "2", cipherText);
            assertThatThrownBy(() -> crypto.verifyAndDecrypt(signature, "1", "2", cipherText))
                    .as("length field %d", length)
                    .isInstanceOfSatisfying(CallbackRejected.class,
                            e -> assertThat(e.reason()).isEqualTo(CallbackRejected.Reason.MALFORMED));
        }
    }

    /** WeCom's plaintext layout (16 random bytes, length, message, receive id) with a lying length, encrypted. */
    private static String encryptedWithLengthField(int length) {
        try {
            byte[] key = java.util.Base64.getDecoder().decode(AES_KEY + "=");
            java.nio.ByteBuffer plain = java.nio.ByteBuffer.allocate(64);
            plain.put(new byte[16]).putInt(length).put("{\"msgid\":\"m1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] bytes = plain.array();
            int used = plain.position();
            java.util.Arrays.fill(bytes, used, 64, (byte) (64 - used));
            javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/CBC/NoPadding");
            aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                    new javax.crypto.spec.IvParameterSpec(java.util.Arrays.copyOf(key, 16)));
            return java.util.Base64.getEncoder().encodeToString(aes.doFinal(bytes));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesAMalformedAesKeyAtConfigurationTime() {
        assertThatThrownBy(() -> new WeComCrypto(TOKEN, "short", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
