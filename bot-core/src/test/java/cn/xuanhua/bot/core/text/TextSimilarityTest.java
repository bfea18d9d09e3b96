package cn.xuanhua.bot.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TextSimilarityTest {
    @Test
    void theSameWordsAreOneWhateverThePunctuationAndWidth() {
        assertThat(TextSimilarity.of("门口的路灯坏了！！", "门口的路灯坏了")).isCloseTo(1.0, within(1e-9));
        assertThat(TextSimilarity.of("ＯＫ路灯", "ok路灯")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aRewordedRepeatIsCloseAndAnotherProblemIsFar() {
        double repeat = TextSimilarity.of("门口的路灯坏了三天了", "路灯又坏了 门口那个 三天了");
        double other = TextSimilarity.of("门口的路灯坏了三天了", "门口的水管冻裂了");
        assertThat(repeat).isGreaterThan(0.5);
        assertThat(other).isLessThan(0.35);
    }

    @Test
    void nothingInCommonOrNothingAtAllIsZero() {
        assertThat(TextSimilarity.of("停电了", "营业执照")).isZero();
        assertThat(TextSimilarity.of("", "营业执照")).isZero();
        assertThat(TextSimilarity.of(null, "营业执照")).isZero();
    }

    @Test
    void matterPairsCountTheWordsOfAMatterNotTheGrammar() {
        assertThat(TextSimilarity.sharedMatterPairs("算了一下 这两年路灯电费一共3260块", "村里路灯从店里接电，电费两年未还"))
                .isEqualTo(3);
        assertThat(TextSimilarity.sharedMatterPairs("门口的燃气表好像漏气了", "门口的路灯坏了三天了")).isEqualTo(1);
        assertThat(TextSimilarity.sharedMatterPairs("我们的了", "我们的了")).isZero();
        assertThat(TextSimilarity.sharedMatterPairs(null, "路灯")).isZero();
    }

    @Test
    void theWordsOfAskingNameNoMatter() {
        // Before: 胡同, 麻烦, 烦街, 街道 = 4, a "repeat" of another complaint.
        assertThat(TextSimilarity.sharedMatterPairs("胡同里的下水道堵了,污水往外冒,麻烦街道处理",
                "胡同里的井盖松动了,车过去哐哐响,麻烦街道找人修理")).isEqualTo(1);
    }

    @Test
    void aTownshipBothNameIsNoWordOfAMatter() {
        // Before: 洋河, 河南, 南镇, 门口 = 4, enough for "the same matter" as the writer's open appeal.
        assertThat(TextSimilarity.sharedMatterPairs("洋河南镇 诊所门口的垃圾箱满了", "洋河南镇 饭庄门口的公路挖了个大坑"))
                .isEqualTo(1);
    }
}
