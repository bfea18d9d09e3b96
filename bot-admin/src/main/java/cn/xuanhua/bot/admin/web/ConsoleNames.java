package cn.xuanhua.bot.admin.web;

import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.routing.Categories;
import cn.xuanhua.bot.core.routing.Category;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The display names of categories, departments and groups by code, read once per page or export. */
@Component
public class ConsoleNames {
    private final Categories categories;
    private final Departments departments;
    private final Groups groups;

    public ConsoleNames(Categories categories, Departments departments, Groups groups) {
        this.categories = categories;
        this.departments = departments;
        this.groups = groups;
    }

    /** Names by code, in display order; a code without a name shows as itself. */
    public record Names(Map<String, String> categories, Map<String, String> departments, Map<String, String> groups) {
        public String category(String code) {
            return categories.getOrDefault(code, code);
        }

        public String department(String code) {
            return departments.getOrDefault(code, code);
        }

        public String group(String code) {
            return groups.getOrDefault(code, code);
        }
    }

    public Names load() {
        Map<String, String> cats = categories.all().stream().collect(ordered(Category::code, Category::name));
        Map<String, String> depts = departments.all().stream().collect(ordered(Department::code, Department::shortName));
        Map<String, String> grps = groups.all().stream().collect(ordered(ChatGroup::code, ChatGroup::name));
        return new Names(cats, depts, grps);
    }

    private static <T> java.util.stream.Collector<T, ?, Map<String, String>> ordered(Function<T, String> key,
                                                                                      Function<T, String> value) {
        return Collectors.toMap(key, value, (a, b) -> a, LinkedHashMap::new);
    }
}
