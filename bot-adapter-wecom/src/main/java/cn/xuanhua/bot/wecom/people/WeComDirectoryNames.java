package cn.xuanhua.bot.wecom.people;

import cn.xuanhua.bot.core.error.ExternalServiceException;
import cn.xuanhua.bot.core.org.PersonNames;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.WxCpUser;
import me.chanjar.weixin.cp.bean.external.contact.WxCpExternalContactInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * A person's name from WeCom's directory: an external contact ({@code wm…}/{@code wo…}, a business owner added
 * by WeChat) from {@code GET /cgi-bin/externalcontact/get}, a member of the enterprise from
 * {@code GET /cgi-bin/user/get}. WeCom's refusal (unknown userid, no permission) is no name; WeCom busy or out of
 * reach is an {@link ExternalServiceException}, which the cache turns into a pause (docs/wecom.md "Names").
 */
public final class WeComDirectoryNames implements PersonNames {
    private static final Logger log = LoggerFactory.getLogger(WeComDirectoryNames.class);
    /** WeCom's "system busy", also what WxJava reports for an HTTP error without a WeCom answer. */
    private static final int SYSTEM_BUSY = -1;
    private final WxCpService wecom;

    public WeComDirectoryNames(WxCpService wecom) {
        this.wecom = wecom;
    }

    /** External userids start with wm (a WeChat user added as a contact) or wo (its older form). */
    public static boolean isExternal(String userId) {
        return userId.startsWith("wm") || userId.startsWith("wo");
    }

    @Override
    public Optional<String> lookUp(String userId) {
        try {
            String name = isExternal(userId) ? externalName(userId) : memberName(userId);
            return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
        } catch (WxErrorException e) {
            int code = e.getError() == null ? SYSTEM_BUSY : e.getError().getErrorCode();
            if (code == SYSTEM_BUSY) {
                throw unavailable(e);
            }
            log.info("no name for a userid from WeCom: errcode {}", code);
            return Optional.empty();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static ExternalServiceException unavailable(Exception e) {
        log.warn("WeCom name look-up failed, names paused: {}", e.getClass().getSimpleName());
        return new ExternalServiceException("企业微信通讯录暂时无法访问", e);
    }

    private String externalName(String userId) throws WxErrorException {
        WxCpExternalContactInfo info = wecom.getExternalContactService().getContactDetail(userId, null);
        return info == null || info.getExternalContact() == null ? null : info.getExternalContact().getName();
    }

    private String memberName(String userId) throws WxErrorException {
        WxCpUser user = wecom.getUserService().getById(userId);
        return user == null ? null : user.getName();
    }
}
