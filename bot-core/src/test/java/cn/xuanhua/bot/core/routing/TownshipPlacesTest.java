package cn.xuanhua.bot.core.routing;

import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.org.DepartmentKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TownshipPlacesTest {
    private static final TownshipPlaces PLACES = TownshipPlaces.of(List.of(
            new Department("office-guocun", "崞村镇人民政府", "崞村镇", List.of("崞村"), DepartmentKind.TOWNSHIP, false),
            new Department("office-shenjing", "深井镇人民政府", "深井镇", List.of("深井"), DepartmentKind.TOWNSHIP, false),
            new Department("office-nanguan", "南关街道办事处", "南关街道", List.of("南关"), DepartmentKind.TOWNSHIP, false),
            new Department("housing", "宣化区住房和城乡建设局", "住建局", List.of("住建"), DepartmentKind.DISTRICT, false)));

    @Test
    void findsTheOneTownshipATextNamesByItsShortNameOrAnAlias() {
        assertThat(PLACES.namedIn("我们厂在崞村镇 村里换了新书记 说合同不算数")).contains("office-guocun");
        assertThat(PLACES.namedIn("南关社区的老楼 楼顶的水箱漏了")).contains("office-nanguan");
        assertThat(PLACES.namedIn("深井镇 深井那边的路冻了")).contains("office-shenjing");
    }

    @Test
    void namesNoneWhenTheTextNamesNoneOrTwoDifferentOnes() {
        assertThat(PLACES.namedIn("厂门口的路全是坑")).isEmpty();
        assertThat(PLACES.namedIn("从崞村拉货到南关 路上全是坑")).isEmpty();
        assertThat(PLACES.namedIn("住建局说归镇里")).isEmpty();
        assertThat(PLACES.namedIn(null)).isEmpty();
        assertThat(TownshipPlaces.NONE.namedIn("我们厂在崞村镇")).isEmpty();
    }

    @Test
    void anAliasThatIsAlsoACommonWordIsNoPlaceThere() {
        assertThat(PLACES.namedIn("厂里想打深井 取水证去哪办")).isEmpty();
        assertThat(PLACES.namedIn("一眼深井的深井泵坏了")).isEmpty();
    }

    @Test
    void isAValueSoTheSameDictionariesAreRecognisedAsTheSame() {
        TownshipPlaces reordered = new TownshipPlaces(List.of(new TownshipPlaces.PlaceName("南关", "office-nanguan"),
                new TownshipPlaces.PlaceName("深井镇", "office-shenjing"), new TownshipPlaces.PlaceName("崞村", "office-guocun"),
                new TownshipPlaces.PlaceName("南关街道", "office-nanguan"), new TownshipPlaces.PlaceName("崞村镇", "office-guocun"),
                new TownshipPlaces.PlaceName("深井", "office-shenjing")));
        assertThat(reordered).isEqualTo(PLACES).hasSameHashCodeAs(PLACES);
    }
}
