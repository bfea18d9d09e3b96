package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.ResultPage;

import java.util.List;
import java.util.Optional;

/**
 * The read side of appeals for the console, the API and the Excel export: listings as people search them, apart
 * from {@link Appeals}, which loads the aggregate to change it. Implemented by persistence.
 */
public interface AppealQueries {

    /** One page of the appeals {@code filter} selects, newest first; {@code page} counts from 1. */
    ResultPage<AppealListing> find(AppealFilter filter, int page, int size);

    /** Every appeal {@code filter} selects, oldest first, for the export (the caller bounds it by its date range). */
    List<AppealListing> all(AppealFilter filter);

    /**
     * A department's queue: its open appeals (pending or accepted), soonest due first, at most {@code limit}; what a
     * staff member works through on the phone.
     */
    List<AppealListing> openOf(String departmentCode, int limit);

    /** The appeal with that number, its original text and its timeline. */
    Optional<AppealCase> byNumber(String number);
}
