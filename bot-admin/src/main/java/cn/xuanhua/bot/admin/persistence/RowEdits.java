package cn.xuanhua.bot.admin.persistence;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.springframework.dao.DuplicateKeyException;

import java.util.Optional;
import java.util.function.Function;

/**
 * The two edits the console's dictionary tables (keywords, lexicon phrases, agency phrases, routing rules) share:
 * adding a row their unique key may already hold, and removing one while telling the audit trail what it was.
 */
final class RowEdits {
    private RowEdits() {
    }

    /** Inserts the row; false when the table's unique key already holds it (nothing changed). */
    static <R> boolean insertIfNew(BaseMapper<R> mapper, R row) {
        try {
            mapper.insert(row);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** Deletes the row with this id and returns what it held; empty when there was none (nothing changed). */
    static <R, T> Optional<T> removeById(BaseMapper<R> mapper, long id, Function<R, T> what) {
        R row = mapper.selectById(id);
        if (row == null || mapper.deleteById(id) == 0) {
            return Optional.empty();
        }
        return Optional.of(what.apply(row));
    }
}
