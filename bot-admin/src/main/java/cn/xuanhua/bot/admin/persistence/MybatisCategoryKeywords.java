package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.routing.CategoryKeyword;
import cn.xuanhua.bot.core.routing.CategoryKeywords;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link CategoryKeywords} on the {@code category_keyword} table, unique on category and keyword. */
@Repository
public class MybatisCategoryKeywords implements CategoryKeywords {
    private final CategoryKeywordMapper mapper;

    public MybatisCategoryKeywords(CategoryKeywordMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Map<String, Long> countsByCategory() {
        return mapper.selectList(null).stream()
                .collect(Collectors.groupingBy(CategoryKeywordRecord::getCategoryCode, Collectors.counting()));
    }

    @Override
    public List<Entry> of(String categoryCode) {
        return mapper.selectList(new LambdaQueryWrapper<CategoryKeywordRecord>()
                        .eq(CategoryKeywordRecord::getCategoryCode, categoryCode)
                        .orderByDesc(CategoryKeywordRecord::getWeight).orderByAsc(CategoryKeywordRecord::getKeyword))
                .stream().map(r -> new Entry(r.getId(), r.getKeyword(), r.getWeight())).toList();
    }

    @Override
    public boolean add(CategoryKeyword keyword) {
        CategoryKeywordRecord r = new CategoryKeywordRecord();
        r.setCategoryCode(keyword.categoryCode());
        r.setKeyword(keyword.keyword());
        r.setWeight(keyword.weight());
        return RowEdits.insertIfNew(mapper, r);
    }

    @Override
    public java.util.Optional<CategoryKeyword> remove(long id) {
        return RowEdits.removeById(mapper, id,
                r -> new CategoryKeyword(r.getCategoryCode(), r.getKeyword(), r.getWeight()));
    }
}
