package cn.xuanhua.bot.core.org;

import java.util.Optional;

/**
 * The name a person goes by in WeCom, looked up by userid: for business owners, who are not in the staff table.
 * Implemented by the WeCom adapter (internal members and external contacts); empty when WeCom does not say.
 */
public interface PersonNames {

    /**
     * @return the name, or empty when WeCom has none for this userid
     * @throws cn.xuanhua.bot.core.error.ExternalServiceException when WeCom could not be asked (down, throttling)
     */
    Optional<String> lookUp(String userId);

    /** No directory to ask: every look-up is empty. */
    static PersonNames none() {
        return userId -> Optional.empty();
    }
}
