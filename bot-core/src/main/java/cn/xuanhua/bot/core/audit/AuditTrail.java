package cn.xuanhua.bot.core.audit;

import cn.xuanhua.bot.core.ResultPage;

/**
 * Where changes are recorded. Implemented by persistence; {@link #record} joins the caller's transaction, so a change
 * and its entry commit or roll back together.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** One page of the trail, newest first; {@code page} from 1. */
    ResultPage<AuditEntry> page(int page, int size);
}
