package cn.xuanhua.bot.core.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatterTermsTest {
    @Test
    void readsPhrasesWithOptionalWeightsAcrossEverySeparatorPeopleUse() {
        assertThat(MatterTerms.terms("停电, 断电:6，没电了、来电:2\n跳闸"))
                .containsExactly(new Matter.Term("停电", 5), new Matter.Term("断电", 6), new Matter.Term("没电了", 5),
                        new Matter.Term("来电", 2), new Matter.Term("跳闸", 5));
    }

    @Test
    void writesWhatItReadsBack() {
        String column = MatterTerms.format(MatterTerms.terms("停电, 断电:6"));
        assertThat(column).isEqualTo("停电, 断电:6");
        assertThat(MatterTerms.terms(column)).hasSize(2);
    }

    @Test
    void anEmptyColumnHasNoWords() {
        assertThat(MatterTerms.words(null)).isEmpty();
        assertThat(MatterTerms.words(" , ")).isEmpty();
    }
}
