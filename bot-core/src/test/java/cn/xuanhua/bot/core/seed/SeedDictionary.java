package cn.xuanhua.bot.core.seed;

import cn.xuanhua.bot.core.Secret;
import cn.xuanhua.bot.core.intake.IntakeDictionary;
import cn.xuanhua.bot.core.intake.LexiconEntry;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import cn.xuanhua.bot.core.org.GroupBinding;
import cn.xuanhua.bot.core.org.GroupKind;
import cn.xuanhua.bot.core.routing.Agency;
import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryKeyword;
import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.MatterTerms;
import cn.xuanhua.bot.core.routing.RoutingRule;
import cn.xuanhua.bot.core.routing.TownshipPlaces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The intake dictionary and the chat groups exactly as the seed migrations put them in the database. */
public final class SeedDictionary {


    private SeedDictionary() {
    }

    /** The dictionary as persistence would load it after every migration. */
    public static IntakeDictionary load() {
        return new IntakeDictionary(categories(), keywords(), rules(), lexicon(), matters(), agencies(), dispatcher(),
                townships());
    }

    /** The responsibility catalogue's matters, in catalogue order. */
    private static List<Matter> matters() {
        return SeedSql.table("responsibility_matter").stream()
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.get("sort_order"))))
                .map(r -> new Matter(r.get("code"), r.get("name"), r.get("category_code"), r.get("owner_code"),
                        r.get("outside_township_code"), MatterTerms.terms(r.get("terms")), MatterTerms.words(r.get("needs")),
                        MatterTerms.words(r.get("unless_words"))))
                .toList();
    }

    /** The places of the seeded township and street offices, read as persistence reads the department table. */
    private static TownshipPlaces townships() {
        return TownshipPlaces.of(SeedSql.table("department").stream()
                .map(r -> new Department(r.get("code"), r.get("name"), r.get("short_name"),
                        List.of(r.get("aliases").split("[,，]")), DepartmentKind.valueOf(r.get("kind")),
                        "true".equals(r.get("dispatcher"))))
                .toList());
    }

    private static List<Agency> agencies() {
        return SeedSql.table("agency_phrase").stream()
                .map(r -> new Agency(r.get("phrase"), r.get("department_code"))).toList();
    }

    /** The seeded groups by code. */
    public static Map<String, ChatGroup> groups() {
        Map<String, ChatGroup> groups = new LinkedHashMap<>();
        for (Map<String, String> row : SeedSql.table("bot_group")) {
            groups.put(row.get("code"), new ChatGroup(row.get("code"), row.get("name"), GroupKind.valueOf(row.get("kind")),
                    null, Secret.empty(), GroupBinding.WEBHOOK, null, row.get("lead_department_code")));
        }
        return groups;
    }

    /** The codes of the seeded departments. */
    public static List<String> departmentCodes() {
        return SeedSql.table("department").stream().map(r -> r.get("code")).toList();
    }

    private static List<Category> categories() {
        return SeedSql.table("category").stream()
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.get("sort_order"))))
                .map(r -> new Category(r.get("code"), r.get("name"), Integer.parseInt(r.get("time_limit_days"))))
                .toList();
    }

    private static List<CategoryKeyword> keywords() {
        return SeedSql.table("category_keyword").stream()
                .map(r -> new CategoryKeyword(r.get("category_code"), r.get("keyword"), Integer.parseInt(r.get("weight"))))
                .toList();
    }

    private static List<RoutingRule> rules() {
        List<RoutingRule> rules = new ArrayList<>();
        long id = 1;
        for (Map<String, String> r : SeedSql.table("routing_rule")) {
            rules.add(new RoutingRule(id++, r.get("category_code"), r.get("group_code"),
                    r.get("group_kind") == null ? null : GroupKind.valueOf(r.get("group_kind")),
                    r.get("department_code"), Boolean.parseBoolean(r.get("use_group_lead")),
                    Integer.parseInt(r.get("priority"))));
        }
        return rules;
    }

    private static List<LexiconEntry> lexicon() {
        return SeedSql.table("intake_lexicon").stream()
                .map(r -> new LexiconEntry(r.get("lexicon"), r.get("phrase"), Integer.parseInt(r.get("weight"))))
                .toList();
    }

    private static String dispatcher() {
        return SeedSql.table("department").stream().filter(r -> "true".equals(r.get("dispatcher")))
                .map(r -> r.get("code")).findFirst().orElseThrow();
    }
}
