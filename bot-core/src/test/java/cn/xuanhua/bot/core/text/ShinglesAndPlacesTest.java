package cn.xuanhua.bot.core.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShinglesAndPlacesTest {

    @Test
    void theSameProblemInOtherWordsSharesItsPairs() {
        Shingles a = Shingles.of("路灯坏了好几天了, 晚上黑乎乎的");
        Shingles b = Shingles.of("路登还是不亮, 一直坏着");
        assertThat(a.shared(b)).isPositive();
        assertThat(Shingles.of("没电了").overlap(Shingles.of("又停电了"))).isEqualTo(1.0);
    }

    @Test
    void differentProblemsShareNothingOnceThePlaceAndTheAskingAreBlanked() {
        Shingles light = Shingles.of("南大街路灯坏了, 麻烦尽快处理一下");
        Shingles drain = Shingles.of("南大街下水道堵了, 麻烦尽快处理一下");
        assertThat(light.overlap(drain)).isZero();
    }

    @Test
    void storedShinglesReadBackTheSame() {
        Shingles s = Shingles.of("工业街菜店门口下水道堵了, 污水往外冒");
        assertThat(Shingles.decode(s.encode()).shared(s)).isEqualTo(s.size());
        assertThat(Shingles.decode(null).size()).isZero();
    }

    @Test
    void placesAreStreetsVillagesAndSpotsButNotLampsOrCounting() {
        assertThat(Places.named("建国街和长青路交口有个大坑")).containsExactly("建国街", "长青路");
        assertThat(Places.named("南关街口那几盏路灯坏了")).containsExactly("南关街");
        assertThat(Places.named("天泰寺街东口的红绿灯坏了")).containsExactly("天泰寺街东口");
        assertThat(Places.named("侯家庙村口路面全是冰")).containsExactly("侯家庙村");
        assertThat(Places.named("停电了!!!")).isEmpty();
    }

    @Test
    void placesAgreeWhenOneIsNamedByBothOrNoneByOne() {
        assertThat(Places.compatible(Set.of("南关街"), Set.of("南关街"))).isTrue();
        assertThat(Places.compatible(Set.of("南关街"), Set.of())).isTrue();
        assertThat(Places.compatible(Set.of("南关街"), Set.of("南关菜市场"))).isFalse();
        assertThat(Places.compatible(Set.of("工业街东段"), Set.of("工业街西段"))).isFalse();
        assertThat(Places.compatible(Set.of("工业街"), Set.of("工业街东段"))).isTrue();
        assertThat(Places.compatible(Set.of("南大街", "鼓楼"), Set.of("南大街", "公交站"))).isFalse();
    }
}
