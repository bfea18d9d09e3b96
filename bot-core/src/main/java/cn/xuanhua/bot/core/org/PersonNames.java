package cn.xuanhua.bot.core.org;

import java.util.Optional;

/**
 * The name a person goes by in WeCom, looked up by userid: for business owners, who are not in the staff table.
 * Implemented by the WeCom adapter (internal members and external contacts); empty when WeCom does not say.
 */
public interface PersonNames {

    Optional<String> lookUp(String userId);

    /** No directory to ask: every look-up is empty. */
    static PersonNames none() {
        return userId -> Optional.empty();
    }
}
