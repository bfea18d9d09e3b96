package cn.xuanhua.bot.wecom.people;

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
 * {@code GET /cgi-bin/user/get}. A refusal or an outage is no name (the caller shows the masked userid): a name is
 * never worth holding up an appeal.
 */
public final class WeComDirectoryNames implements PersonNames {
    private static final Logger log = LoggerFactory.getLogger(WeComDirectoryNames.class);
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
            log.info("no name for a userid from WeCom: errcode {}", e.getError() == null ? "?" : e.getError().getErrorCode());
            return Optional.empty();
        } catch (RuntimeException e) {
            log.warn("WeCom name look-up failed: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
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
