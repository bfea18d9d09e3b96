package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.ResultPage;
import cn.xuanhua.bot.core.audit.AuditEntry;
import cn.xuanhua.bot.core.audit.AuditTrail;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.IPage;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.springframework.stereotype.Repository;

/**
 * {@link AuditTrail} on the {@code audit_entry} table. Writing joins the caller's transaction (the change it records);
 * reading is newest first by id, which grows with commit order within an instance and with time across them.
 */
@Repository
public class MybatisAuditTrail implements AuditTrail {
    private final AuditEntryMapper mapper;

    public MybatisAuditTrail(AuditEntryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void record(AuditEntry entry) {
        AuditEntryRecord r = new AuditEntryRecord();
        r.setAt(entry.at());
        r.setActor(entry.actor());
        r.setAction(entry.action());
        r.setTarget(entry.target());
        r.setDetail(entry.detail());
        mapper.insert(r);
    }

    @Override
    public ResultPage<AuditEntry> page(int page, int size) {
        IPage<AuditEntryRecord> found = mapper.selectPage(Page.of(page, size),
                new LambdaQueryWrapper<AuditEntryRecord>().orderByDesc(AuditEntryRecord::getId));
        return new ResultPage<>(found.getRecords().stream()
                .map(r -> new AuditEntry(r.getAt(), r.getActor(), r.getAction(), r.getTarget(), r.getDetail()))
                .toList(), page, size, found.getTotal());
    }
}
