package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.AgencyPhrases;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link AgencyPhrases} on the {@code agency_phrase} table, unique on the phrase. */
@Repository
public class MybatisAgencyPhrases implements AgencyPhrases {
    private final AgencyPhraseMapper mapper;

    public MybatisAgencyPhrases(AgencyPhraseMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Entry> all() {
        return mapper.selectList(new LambdaQueryWrapper<AgencyPhraseRecord>()
                        .orderByAsc(AgencyPhraseRecord::getDepartmentCode).orderByAsc(AgencyPhraseRecord::getPhrase))
                .stream().map(r -> new Entry(r.getId(), r.getPhrase(), r.getDepartmentCode())).toList();
    }

    @Override
    public boolean add(Agency agency) {
        AgencyPhraseRecord r = new AgencyPhraseRecord();
        r.setPhrase(agency.phrase());
        r.setDepartmentCode(agency.departmentCode());
        return RowEdits.insertIfNew(mapper, r);
    }

    @Override
    public void remove(long id) {
        mapper.deleteById(id);
    }

    @Override
    public void replaceAll(List<Agency> agencies) {
        Map<String, String> wanted = new HashMap<>();
        agencies.forEach(a -> wanted.put(a.phrase(), a.departmentCode()));
        Set<String> stored = new HashSet<>();
        for (AgencyPhraseRecord r : mapper.selectList(null)) {
            String unit = wanted.get(r.getPhrase());
            if (unit == null) {
                mapper.deleteById(r.getId());
                continue;
            }
            stored.add(r.getPhrase());
            if (!unit.equals(r.getDepartmentCode())) {
                r.setDepartmentCode(unit);
                mapper.updateById(r);
            }
        }
        for (Agency a : agencies) {
            if (stored.add(a.phrase())) {
                AgencyPhraseRecord r = new AgencyPhraseRecord();
                r.setPhrase(a.phrase());
                r.setDepartmentCode(a.departmentCode());
                mapper.insert(r);
            }
        }
    }
}
