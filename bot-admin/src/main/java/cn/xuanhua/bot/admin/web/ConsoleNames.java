package cn.xuanhua.bot.admin.web;

import cn.xuanhua.bot.core.appeal.AppealListing;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.DisplayNames;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.routing.Categories;
import cn.xuanhua.bot.core.routing.Category;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The display names of categories, departments and groups by code, read once per page or export, and of requesters
 * (looked up once per page for appeals stored before their names were).
 */
@Component
public class ConsoleNames {
    private final Categories categories;
    private final Departments departments;
    private final Groups groups;
    private final DisplayNames people;

    public ConsoleNames(Categories categories, Departments departments, Groups groups, DisplayNames people) {
        this.categories = categories;
        this.departments = departments;
        this.groups = groups;
        this.people = people;
    }

    /** Names by code, in display order; a code without a name shows as itself. */
    public record Names(Map<String, String> categories, Map<String, String> departments, Map<String, String> groups,
                        Function<String, String> people) {
        public String category(String code) {
            return categories.getOrDefault(code, code);
        }

        public String department(String code) {
            return departments.getOrDefault(code, code);
        }

        public String group(String code) {
            return groups.getOrDefault(code, code);
        }

        /** The appeal with its requester's name: the one stored with it, else as {@link DisplayNames} shows them. */
        public AppealListing named(AppealListing a) {
            return a.requesterName() != null && !a.requesterName().isBlank() ? a
                    : a.withRequesterName(people.apply(a.requesterUserId()));
        }
    }

    public Names load() {
        Map<String, String> cats = categories.all().stream().collect(ordered(Category::code, Category::name));
        Map<String, String> depts = departments.all().stream().collect(ordered(Department::code, Department::shortName));
        Map<String, String> grps = groups.all().stream().collect(ordered(ChatGroup::code, ChatGroup::name));
        Map<String, String> seen = new HashMap<>();
        return new Names(cats, depts, grps, userId -> seen.computeIfAbsent(userId, people::of));
    }

    private static <T> java.util.stream.Collector<T, ?, Map<String, String>> ordered(Function<T, String> key,
                                                                                      Function<T, String> value) {
        return Collectors.toMap(key, value, (a, b) -> a, LinkedHashMap::new);
    }
}
