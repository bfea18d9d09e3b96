package cn.xuanhua.bot.core.routing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryMatcherTest {

    private static final Category LICENSE = new Category("license", "证照办理", 5);
    private static final Category ENVIRONMENT = new Category("environment", "环保", 5);
    private static final Category MUNICIPAL = new Category("municipal", "市政设施", 3);
    private static final Category OTHER = new Category("other", "其他", 5);

    private final CategoryMatcher matcher = new CategoryMatcher(List.of(LICENSE, ENVIRONMENT, MUNICIPAL, OTHER), List.of(
            new CategoryKeyword("license", "营业执照", 6),
            new CategoryKeyword("license", "许可证", 4),
            new CategoryKeyword("license", "变更", 3),
            new CategoryKeyword("environment", "排污许可证", 8),
            new CategoryKeyword("environment", "环评", 3),
            new CategoryKeyword("municipal", "路灯", 7),
            new CategoryKeyword("municipal", "井盖", 3),
            new CategoryKeyword("vanished", "路灯坏了", 50)));

    @Test
    void sumsTheWeightsOfACategorysKeywords() {
        CategoryMatch m = matcher.match("营业执照变更要多久");
        assertThat(m.category()).isEqualTo(LICENSE);
        assertThat(m.score()).isEqualTo(9);
        assertThat(m.keywords()).containsExactly("营业执照", "变更");
    }

    @Test
    void theHighestSumWins() {
        assertThat(matcher.match("环评做完了,营业执照还没下来").category()).isEqualTo(LICENSE);
    }

    @Test
    void aLongerKeywordHidesTheShorterOneInsideIt() {
        CategoryMatch m = matcher.match("排污许可证到期了");
        assertThat(m.category()).isEqualTo(ENVIRONMENT);
        assertThat(m.score()).isEqualTo(8);
    }

    @Test
    void aTieGoesToTheCategoryListedFirst() {
        assertThat(matcher.match("环评的事,井盖的事").category()).isEqualTo(ENVIRONMENT);
    }

    @Test
    void noKeywordGivesOther() {
        CategoryMatch m = matcher.match("今天天气不错");
        assertThat(m.category()).isEqualTo(OTHER);
        assertThat(m.matched()).isFalse();
    }

    @Test
    void otherIsSuppliedWhenTheDictionaryHasNone() {
        CategoryMatcher withoutOther = new CategoryMatcher(List.of(LICENSE), List.of());
        assertThat(withoutOther.match("路灯坏了").category()).isEqualTo(Category.OTHER);
    }

    @Test
    void ignoresKeywordsOfACategoryThatNoLongerExists() {
        assertThat(matcher.match("路灯坏了").score()).isEqualTo(7);
    }

    @Test
    void listsEveryCategoryByCode() {
        assertThat(matcher.categoriesByCode()).containsOnlyKeys("license", "environment", "municipal", "other");
    }
}
