package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.routing.RoutingRule;
import cn.xuanhua.bot.core.routing.RoutingRules;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@link RoutingRules} on the {@code routing_rule} table. */
@Repository
public class MybatisRoutingRules implements RoutingRules {
    private final RoutingRuleMapper mapper;

    public MybatisRoutingRules(RoutingRuleMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Entry> all() {
        return mapper.selectList(new LambdaQueryWrapper<RoutingRuleRecord>()
                        .orderByAsc(RoutingRuleRecord::getCategoryCode).orderByAsc(RoutingRuleRecord::getPriority))
                .stream().map(MybatisRoutingRules::entry).toList();
    }

    private static Entry entry(RoutingRuleRecord r) {
        return new Entry(new RoutingRule(r.getId(), r.getCategoryCode(), r.getGroupCode(),
                r.getGroupKind() == null ? null : GroupKind.valueOf(r.getGroupKind()), r.getDepartmentCode(),
                Boolean.TRUE.equals(r.getUseGroupLead()), r.getPriority()), r.getNote());
    }

    @Override
    public void add(Draft rule) {
        RoutingRuleRecord r = new RoutingRuleRecord();
        r.setCategoryCode(rule.categoryCode());
        r.setGroupCode(rule.groupCode());
        r.setGroupKind(rule.groupKind() == null ? null : rule.groupKind().name());
        r.setDepartmentCode(rule.departmentCode());
        r.setUseGroupLead(rule.useGroupLead());
        r.setPriority(rule.priority());
        r.setNote(rule.note());
        mapper.insert(r);
    }

    @Override
    public java.util.Optional<Entry> remove(long id) {
        return RowEdits.removeById(mapper, id, MybatisRoutingRules::entry);
    }
}
