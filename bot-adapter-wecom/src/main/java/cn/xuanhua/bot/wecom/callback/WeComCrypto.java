package cn.xuanhua.bot.wecom.callback;

import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * WeCom's callback crypto on top of WxJava's {@link WxCryptUtil}, with two things WxJava leaves out:
 * the receive id inside the plaintext is checked (CorpID for app callbacks, "" for the AI bot — WxJava has
 * the check commented out), and the signature is compared in constant time. Padding is checked strictly
 * (PKCS#7 to 32-byte blocks) so a tampered body is rejected rather than half-decoded.
 */
public class WeComCrypto extends WxCryptUtil {
    private static final int BLOCK = 32;

    /**
     * @param token          the callback Token
     * @param encodingAesKey the 43-character EncodingAESKey
     * @param receiveId      CorpID for app callbacks, "" for the AI bot
     */
    public WeComCrypto(String token, String encodingAesKey, String receiveId) {
        super(token, requireKey(encodingAesKey), receiveId);
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the callback token is not set");
        }
    }

    private static String requireKey(String key) {
        if (key == null || key.length() != 43) {
            throw new IllegalArgumentException("an EncodingAESKey has 43 characters");
        }
        return key;
    }

    /** Checks the signature over (token, timestamp, nonce, cipherText) and decrypts; rejects with 403 or 400. */
    public String verifyAndDecrypt(String msgSignature, String timestamp, String nonce, String cipherText) {
        if (msgSignature == null || timestamp == null || nonce == null || cipherText == null || cipherText.isEmpty()) {
            throw new CallbackRejected(CallbackRejected.Reason.BAD_SIGNATURE, "missing signature parameters");
        }
        String expected = SHA1.gen(token, timestamp, nonce, cipherText);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                msgSignature.getBytes(StandardCharsets.US_ASCII))) {
            throw new CallbackRejected(CallbackRejected.Reason.BAD_SIGNATURE, "signature does not match");
        }
        return decrypt(cipherText);
    }

    /** Signature of an encrypted text, for the sandbox and tests that play WeCom's part. */
    public String sign(String timestamp, String nonce, String cipherText) {
        return SHA1.gen(token, timestamp, nonce, cipherText);
    }

    @Override
    public String decrypt(String cipherText) {
        byte[] plain = aesDecrypt(cipherText);
        int padding = plain.length == 0 ? 0 : plain[plain.length - 1];
        if (padding < 1 || padding > BLOCK || padding > plain.length) {
            throw malformed("bad padding");
        }
        for (int i = plain.length - padding; i < plain.length; i++) {
            if (plain[i] != padding) {
                throw malformed("bad padding");
            }
        }
        int end = plain.length - padding;
        if (end < 20) {
            throw malformed("plaintext too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        // In long: as int, 20 + 0x7fffffff wraps to a negative number, passes the check and fails the copy below.
        if (length < 0 || 20L + length > end) {
            throw malformed("bad length");
        }
        String receiveId = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!receiveId.equals(appidOrCorpid)) {
            throw new CallbackRejected(CallbackRejected.Reason.BAD_SIGNATURE, "receive id does not match");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    private byte[] aesDecrypt(String cipherText) {
        byte[] encrypted;
        try {
            encrypted = Base64.getMimeDecoder().decode(cipherText);
        } catch (IllegalArgumentException e) {
            throw malformed("not base64");
        }
        if (encrypted.length == 0 || encrypted.length % 16 != 0) {
            throw malformed("not a whole number of AES blocks");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(aesKey, 0, 16)));
            return cipher.doFinal(encrypted);
        } catch (GeneralSecurityException e) {
            throw new CallbackRejected(CallbackRejected.Reason.MALFORMED, "cannot decrypt", e);
        }
    }

    private static CallbackRejected malformed(String why) {
        return new CallbackRejected(CallbackRejected.Reason.MALFORMED, "cannot decrypt: " + why);
    }
}
