package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.routing.CatalogueMatters;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** {@link CatalogueMatters} on the {@code responsibility_matter} table, unique on code, ordered by sort_order. */
@Repository
public class MybatisCatalogueMatters implements CatalogueMatters {
    /** The gap between two matters' sort orders, so that one can later be put between them by hand. */
    private static final int SORT_STEP = 10;

    private final MatterMapper mapper;

    public MybatisCatalogueMatters(MatterMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Entry> find(String query) {
        LambdaQueryWrapper<MatterRecord> q = inCatalogueOrder();
        if (query != null && !query.isBlank()) {
            String like = query.strip();
            q.and(w -> w.like(MatterRecord::getCode, like).or().like(MatterRecord::getName, like)
                    .or().like(MatterRecord::getOwnerCode, like).or().like(MatterRecord::getTerms, like));
        }
        return mapper.selectList(q).stream().map(MybatisCatalogueMatters::toEntry).toList();
    }

    @Override
    public List<Entry> lockAll() {
        return mapper.selectList(inCatalogueOrder().last("FOR UPDATE")).stream()
                .map(MybatisCatalogueMatters::toEntry).toList();
    }

    @Override
    public Optional<Entry> byCode(String code) {
        return Optional.ofNullable(row(code)).map(MybatisCatalogueMatters::toEntry);
    }

    @Override
    public boolean save(Entry m) {
        MatterRecord r = row(m.code());
        boolean added = r == null;
        if (added) {
            r = new MatterRecord();
            r.setCode(m.code());
            r.setSortOrder(nextSortOrder());
        }
        filled(r, m);
        if (!added) {
            mapper.updateById(r);
            return true;
        }
        try {
            mapper.insert(r);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void delete(String code) {
        mapper.delete(new LambdaQueryWrapper<MatterRecord>().eq(MatterRecord::getCode, code));
    }

    @Override
    public void replaceAll(List<Entry> matters) {
        Map<String, MatterRecord> stored = new HashMap<>();
        mapper.selectList(null).forEach(r -> stored.put(r.getCode(), r));
        Set<String> kept = new HashSet<>();
        matters.forEach(m -> kept.add(m.code()));
        stored.values().stream().filter(r -> !kept.contains(r.getCode())).forEach(mapper::deleteById);
        int sortOrder = 0;
        for (Entry m : matters) {
            sortOrder += SORT_STEP;
            MatterRecord r = stored.get(m.code());
            boolean added = r == null;
            if (added) {
                r = new MatterRecord();
                r.setCode(m.code());
            }
            r.setSortOrder(sortOrder);
            filled(r, m);
            if (added) {
                mapper.insert(r);
            } else {
                mapper.updateById(r);
            }
        }
    }

    /** Everything of the entry but its code and place in the catalogue. */
    private static void filled(MatterRecord r, Entry m) {
        r.setName(m.name());
        r.setCategoryCode(m.categoryCode());
        r.setOwnerCode(m.ownerCode());
        r.setOutsideTownshipCode(m.outsideTownshipCode());
        r.setTerms(m.terms());
        r.setNeeds(m.needs());
        r.setUnlessWords(m.unlessWords());
        r.setNote(m.note());
    }

    private MatterRecord row(String code) {
        return mapper.selectOne(new LambdaQueryWrapper<MatterRecord>().eq(MatterRecord::getCode, code));
    }

    private int nextSortOrder() {
        MatterRecord last = mapper.selectOne(new LambdaQueryWrapper<MatterRecord>()
                .orderByDesc(MatterRecord::getSortOrder).last("LIMIT 1"));
        return last == null ? SORT_STEP : last.getSortOrder() + SORT_STEP;
    }

    /** Every matter, in the catalogue's order (which breaks ties between matters). */
    static LambdaQueryWrapper<MatterRecord> inCatalogueOrder() {
        return new LambdaQueryWrapper<MatterRecord>().orderByAsc(MatterRecord::getSortOrder).orderByAsc(MatterRecord::getId);
    }

    static Entry toEntry(MatterRecord r) {
        return new Entry(r.getCode(), r.getName(), r.getCategoryCode(), r.getOwnerCode(), r.getOutsideTownshipCode(),
                r.getTerms(), r.getNeeds(), r.getUnlessWords(), r.getNote());
    }
}
