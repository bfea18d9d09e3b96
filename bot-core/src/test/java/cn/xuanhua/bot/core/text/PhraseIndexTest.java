package cn.xuanhua.bot.core.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseIndexTest {

    private static List<String> matches(PhraseIndex<String> index, String text) {
        List<String> found = new ArrayList<>();
        index.match(TextFold.fold(text), (value, begin, end) -> found.add(value + "@" + begin));
        return found;
    }

    @Test
    void keepsTheLongestPhraseWhereTwoStartTogether() {
        PhraseIndex<String> index = new PhraseIndex<>(Map.of("问题", "problem", "没问题", "ack"));
        assertThat(matches(index, "没问题,谢谢")).containsExactly("ack@0");
    }

    @Test
    void dropsAPhraseThatOverlapsAnEarlierOne() {
        PhraseIndex<String> index = new PhraseIndex<>(Map.of("排污许可", "environment", "许可证", "license"));
        assertThat(matches(index, "排污许可证到期了")).containsExactly("environment@0");
    }

    @Test
    void reportsSeparateMatchesLeftToRight() {
        PhraseIndex<String> index = new PhraseIndex<>(Map.of("路灯", "a", "坏了", "b"));
        assertThat(matches(index, "路灯坏了,另一个路灯也坏了")).containsExactly("a@0", "b@2", "a@8", "b@11");
    }

    @Test
    void matchesFullWidthAndUpperCaseTextAgainstFoldedPhrases() {
        PhraseIndex<String> index = new PhraseIndex<>(Map.of(TextFold.foldPhrase("OK"), "ok", "吗?", "q"));
        assertThat(matches(index, "ＯＫ,能参加吗？")).containsExactly("ok@0", "q@6");
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(matches(new PhraseIndex<>(Map.of()), "任何文字")).isEmpty();
    }
}
