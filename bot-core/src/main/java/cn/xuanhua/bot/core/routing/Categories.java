package cn.xuanhua.bot.core.routing;

import java.util.List;
import java.util.Optional;

/**
 * The appeal categories as the console lists and edits them (intake reads them whole through
 * {@link cn.xuanhua.bot.core.intake.IntakeDictionarySource}). Implemented by persistence.
 */
public interface Categories {

    /** Every category in the administrator's display order. */
    List<Category> all();

    Optional<Category> byCode(String code);

    /** Sets the working days a department has for an appeal of that category; the caller has checked both. */
    void setTimeLimit(String code, int days);
}
