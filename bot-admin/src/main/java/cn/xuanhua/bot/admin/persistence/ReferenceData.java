package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.StaffMember;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The groups, the active staff and the departments, kept in memory: every message reads them (which group wrote,
 * whether the writer is staff, who handles the department), and reading them from the database each time was a
 * third of a message's statements. Small tables, read whole (docs/architecture.md, "Reference data").
 *
 * <p>Every edit raises {@code reference_data_version} in its own transaction ({@link #changed}). Each instance reads
 * that counter at most every {@link #CHECK_EVERY} and reloads the tables when it moved, so an edit made on another
 * instance is used here within a second. A copy is also reloaded after {@link #MAX_AGE} whatever the counter says,
 * so a row changed by hand in SQL is seen within a minute.
 */
@Component
public class ReferenceData {
    static final Duration CHECK_EVERY = Duration.ofMillis(250);
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    /** The tables as read at one moment; immutable. */
    record Tables(List<ChatGroup> groups, Map<String, ChatGroup> groupByCode, Map<String, ChatGroup> groupByChatId,
                  List<StaffMember> staff, Map<String, StaffMember> staffByUserId, List<Department> departments,
                  Map<String, Department> departmentByCode) {
    }

    private record Copy(long version, Tables tables, long loadedAt, long checkedAt) {
    }

    private final GroupMapper groups;
    private final StaffMapper staff;
    private final DepartmentMapper departments;
    private final ReferenceVersionMapper versions;
    private volatile Copy copy;

    public ReferenceData(GroupMapper groups, StaffMapper staff, DepartmentMapper departments,
                         ReferenceVersionMapper versions) {
        this.groups = groups;
        this.staff = staff;
        this.departments = departments;
        this.versions = versions;
    }

    /** The tables as this instance knows them, at most {@link #CHECK_EVERY} behind the last committed edit. */
    Tables current() {
        Copy c = copy;
        if (c != null && System.nanoTime() - c.checkedAt() < CHECK_EVERY.toNanos()) {
            return c.tables();
        }
        return refresh();
    }

    /**
     * Called by every edit of these tables, inside its transaction: raises the version (committed with the edit, so
     * no instance can see the new version before the new rows) and forgets this instance's copy once it commits.
     */
    void changed() {
        versions.raise();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            copy = null;
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                copy = null;
            }
        });
    }

    private synchronized Tables refresh() {
        long now = System.nanoTime(); // monotonic: a test's business clock may stand still or jump
        Copy c = copy;
        if (c != null && now - c.checkedAt() < CHECK_EVERY.toNanos()) {
            return c.tables();
        }
        // The version first: an edit committed between the two reads only makes the next check reload again.
        long version = versions.current();
        if (c != null && c.version() == version && now - c.loadedAt() < MAX_AGE.toNanos()) {
            copy = new Copy(version, c.tables(), c.loadedAt(), now);
            return c.tables();
        }
        Tables tables = load();
        copy = new Copy(version, tables, now, now);
        return tables;
    }

    private Tables load() {
        List<ChatGroup> g = groups.selectList(new LambdaQueryWrapper<GroupRecord>()
                .orderByAsc(GroupRecord::getSortOrder).orderByAsc(GroupRecord::getCode))
                .stream().map(MybatisGroups::toDomain).toList();
        List<StaffMember> s = staff.selectList(new LambdaQueryWrapper<StaffRecord>().eq(StaffRecord::getActive, true)
                        .orderByAsc(StaffRecord::getDepartmentCode).orderByAsc(StaffRecord::getId))
                .stream().map(MybatisStaffDirectory::toDomain).toList();
        List<Department> d = departments.selectList(new LambdaQueryWrapper<DepartmentRecord>()
                        .orderByAsc(DepartmentRecord::getSortOrder))
                .stream().map(MybatisDepartments::toDomain).toList();
        return new Tables(g, index(g, ChatGroup::code), index(g.stream().filter(x -> x.chatId() != null).toList(),
                ChatGroup::chatId), s, index(s, StaffMember::userId), d, index(d, Department::code));
    }

    private static <K, V> Map<K, V> index(List<V> rows, java.util.function.Function<V, K> key) {
        return rows.stream().collect(Collectors.toMap(key, v -> v, (first, second) -> first, LinkedHashMap::new));
    }
}
