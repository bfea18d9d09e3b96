package cn.xuanhua.bot.wecom.archive;

import com.tencent.wework.Finance;
import me.chanjar.weixin.cp.api.WxCpMsgAuditService;
import me.chanjar.weixin.cp.bean.msgaudit.WxCpChatDatas;

import java.util.ArrayList;
import java.util.List;

/**
 * The chat archive through WxJava's {@link WxCpMsgAuditService}, which loads WeCom's native SDK (supplied by the
 * customer) from {@code bot.wecom.archive.lib-path} on the first pull. Constructed only when
 * {@code bot.wecom.archive.enabled=true}, so nothing native is touched otherwise.
 */
public class WxJavaChatArchiveSource implements ChatArchiveSource {
    private static final long TIMEOUT_SECONDS = 10;
    private final WxCpMsgAuditService audit;
    private final int keyFormat;

    /**
     * @param audit      WxJava's service, configured with the archive secret, private key and library path
     * @param privateKey the RSA private key the archive is encrypted for (PEM, PKCS#1 or PKCS#8)
     */
    public WxJavaChatArchiveSource(WxCpMsgAuditService audit, String privateKey) {
        this.audit = audit;
        // WxJava wants to be told the key's format: 1 = PKCS#1 ("BEGIN RSA PRIVATE KEY"), 2 = PKCS#8.
        this.keyFormat = privateKey != null && privateKey.contains("BEGIN RSA PRIVATE KEY") ? 1 : 2;
    }

    @Override
    public List<ArchivedMessage> fetch(long afterSeq, int limit) {
        WxCpChatDatas batch;
        try {
            batch = audit.getChatDatas(afterSeq, Math.min(limit, 1000), null, null, TIMEOUT_SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("chat archive pull failed: " + e.getClass().getSimpleName(), e);
        }
        try {
            List<ArchivedMessage> out = new ArrayList<>();
            for (WxCpChatDatas.WxCpChatData data : batch.getChatData()) {
                out.add(ChatModels.toArchived(data.getSeq(), audit.getDecryptData(batch.getSdk(), data, keyFormat)));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("chat archive decryption failed: " + e.getClass().getSimpleName(), e);
        } finally {
            Finance.DestroySdk(batch.getSdk());
        }
    }
}
