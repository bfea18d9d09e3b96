package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Category;
import cn.xuanhua.bot.core.routing.CategoryMatch;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring and structural rules, on a small lexicon made for the test (the seeded one: IntakeSeedTest). */
class MessageClassifierTest {

    private static final CategoryMatch NO_TOPIC = new CategoryMatch(Category.OTHER, 0, List.of());

    private final MessageClassifier classifier = new MessageClassifier(List.of(
            new LexiconEntry("appeal.request", "麻烦", 3),
            new LexiconEntry("appeal.request", "催一下", 5),
            new LexiconEntry("appeal.request", "能不能", 4),
            new LexiconEntry("appeal.consultation", "请问", 5),
            new LexiconEntry("appeal.consultation", "吗", 2),
            new LexiconEntry("appeal.problem-report", "坏了", 5),
            new LexiconEntry("appeal.problem-report", "问题", 1),
            new LexiconEntry("appeal.problem-report", "不亮", 1),
            new LexiconEntry("noise.thanks", "谢谢", 3),
            new LexiconEntry("noise.ack", "收到", 4),
            new LexiconEntry("noise.ack", "没问题", 4),
            new LexiconEntry("noise.ack", "ok", 3),
            new LexiconEntry("noise.ad", "优惠", 3),
            new LexiconEntry("noise.forwarded-notice", "【转发】", 8),
            new LexiconEntry("neutral", "优惠政策", 0),
            new LexiconEntry("noise.greeting", "大家好", 3),
            new LexiconEntry("noise.greeting", "大家好", 1),
            new LexiconEntry("apeal.typo", "路灯", 9)));

    private static CategoryMatch topic(int score) {
        return new CategoryMatch(new Category("municipal", "市政设施", 3), score, List.of("路灯"));
    }

    @Nested
    class Structure {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "''                 | noise.empty",
                "'   '              | noise.empty",
                "👍👍👍              | noise.emoji-only",
                "🙏🏻                 | noise.emoji-only",
                "[强][强][抱拳]       | noise.emoji-only",
                "[图片]             | noise.emoji-only",
                "12345              | noise.digits-only",
                "138****5678        | noise.digits-only",
                "。。。              | noise.punctuation-only",
                "？？？              | noise.punctuation-only",
                "好                 | noise.too-short",
                "1号                | noise.too-short",
        })
        void aMessageWithoutTwoWordsIsNoAppeal(String text, String reason) {
            Classification c = classifier.classify(text, topic(9));
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).containsExactly(reason);
        }

        @Test
        void nullIsEmpty() {
            assertThat(classifier.classify(null).reasons()).containsExactly("noise.empty");
        }
    }

    @Nested
    class Scoring {

        @Test
        void aThankYouIsNoAppeal() {
            Classification c = classifier.classify("谢谢领导,收到", NO_TOPIC);
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).containsExactly("noise.ack", "noise.thanks");
        }

        @Test
        void aThankYouThatAlsoAsksIsAnAppeal() {
            Classification c = classifier.classify("谢谢领导,麻烦再帮我们催一下审批", topic(4));
            assertThat(c.appeal()).isTrue();
            assertThat(c.reasons()).containsExactly("appeal.request", "appeal.category-keyword", "noise.thanks");
        }

        @Test
        void oneClearCueIsEnough() {
            assertThat(classifier.classify("请问怎么办理", NO_TOPIC).appeal()).isTrue();
        }

        @Test
        void aWeakCueNeedsABusinessTopic() {
            assertThat(classifier.classify("明天开会吗", NO_TOPIC).appeal()).isFalse();
            assertThat(classifier.classify("路灯修好了吗", topic(3)).appeal()).isTrue();
        }

        @Test
        void aTopicAloneIsNotEnoughUnlessItIsStrongAndNothingSpeaksAgainstIt() {
            assertThat(classifier.classify("路灯的事情", topic(5)).appeal()).isFalse();
            Classification strong = classifier.classify("暖气片还是冰凉,热力公司来了两次", topic(13));
            assertThat(strong.appeal()).isTrue();
            assertThat(strong.reasons()).containsExactly("appeal.category-keyword");
            assertThat(classifier.classify("谢谢热力公司,暖气片热了", topic(13)).appeal()).isFalse();
        }

        @Test
        void aTieGoesToNoise() {
            assertThat(classifier.classify("收到,能不能", NO_TOPIC).appeal()).isFalse();
        }

        @Test
        void theLongestPhraseWinsSoNoProblemIsNoProblemReport() {
            Classification c = classifier.classify("没问题,我们这边安排", NO_TOPIC);
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).containsExactly("noise.ack");
        }

        @Test
        void aNeutralPhraseHidesTheCueInsideItAndIsNoReason() {
            Classification c = classifier.classify("优惠政策能不能延续", NO_TOPIC);
            assertThat(c.appeal()).isTrue();
            assertThat(c.reasons()).containsExactly("appeal.request");
        }

        @Test
        void fullWidthAndUpperCaseMatchTheStoredPhrase() {
            assertThat(classifier.classify("ＯＫ ＯＫ", NO_TOPIC).reasons()).containsExactly("noise.ack");
        }

        @Test
        void aPhraseStoredTwiceInOneLexiconCountsOnce() {
            assertThat(classifier.classify("大家好呀", NO_TOPIC).noiseScore()).isEqualTo(3);
        }

        @Test
        void rowsOfAnUnknownLexiconAreIgnored() {
            Classification c = classifier.classify("路灯路灯", NO_TOPIC);
            assertThat(c.appealScore()).isZero();
            assertThat(c.reasons()).containsExactly("noise.no-cue");
        }

        @ParameterizedTest
        @ValueSource(strings = {"今天天气不错", "哈哈,老李又去哪儿了"})
        void chitChatWithoutAnyCueIsNoAppeal(String text) {
            Classification c = classifier.classify(text);
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).containsExactly("noise.no-cue");
        }
    }
}
