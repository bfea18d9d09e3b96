package cn.xuanhua.bot.admin.persistence;

import cn.xuanhua.bot.core.routing.Categories;
import cn.xuanhua.bot.core.routing.Category;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@link Categories} on the {@code category} table. */
@Repository
public class MybatisCategories implements Categories {
    private final CategoryMapper mapper;

    public MybatisCategories(CategoryMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Category> all() {
        return mapper.selectList(new LambdaQueryWrapper<CategoryRecord>()
                        .orderByAsc(CategoryRecord::getSortOrder).orderByAsc(CategoryRecord::getId)).stream()
                .map(MybatisCategories::toDomain).toList();
    }

    @Override
    public Optional<Category> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.selectOne(new LambdaQueryWrapper<CategoryRecord>()
                .eq(CategoryRecord::getCode, code))).map(MybatisCategories::toDomain);
    }

    @Override
    public void setTimeLimit(String code, int days) {
        mapper.update(null, new LambdaUpdateWrapper<CategoryRecord>()
                .eq(CategoryRecord::getCode, code).set(CategoryRecord::getTimeLimitDays, days));
    }

    private static Category toDomain(CategoryRecord r) {
        return new Category(r.getCode(), r.getName(), r.getTimeLimitDays());
    }
}
