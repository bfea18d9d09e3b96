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

    /** Shapes of a sentence, read without any lexicon row (see MessageClassifier.Shape). */
    @Nested
    class Shapes {
        private final MessageClassifier bare = new MessageClassifier(List.of());

        @Test
        void canYouDoItNotIsARequest() {
            Classification c = bare.classify("街道能协调下场地不 元月10号左右办", NO_TOPIC);
            assertThat(c.appeal()).isTrue();
            assertThat(c.reasons()).containsExactly("appeal.request");
            assertThat(bare.classify("明天能修好不?", NO_TOPIC).appeal()).isTrue();
            assertThat(bare.classify("不能不管", NO_TOPIC).appealScore()).isZero();
        }

        @ParameterizedTest
        @ValueSource(strings = {"集上那公厕冬天水管冻了 镇上给弄弄", "供电所给查查是不是线路有毛病", "社区给修修",
                "卖水果的 发票咋开 税务局给说说", "移动给扩扩容", "街道给协调协调"})
        void aDoubledVerbAfterGeiAsksSomeoneToDoIt(String text) {
            assertThat(bare.classify(text, NO_TOPIC).reasons()).as(text).contains("appeal.request");
        }

        @ParameterizedTest
        @ValueSource(strings = {"给哥哥打了电话", "给看门的大爷说了", "送给他们看", "给你看看"})
        void giveToSomeoneIsNoRequest(String text) {
            assertThat(bare.classify(text, NO_TOPIC).reasons()).as(text).doesNotContain("appeal.request");
        }

        @Test
        void aQuestionClosedByBuOrMeiAsks() {
            assertThat(bare.classify("区里有扶持政策没", NO_TOPIC).reasons()).containsExactly("noise.no-cue",
                    "appeal.consultation");
            assertThat(bare.classify("区里有扶持政策没", topic(1)).appeal()).isTrue();
            assertThat(bare.classify("需要备案不？", topic(1)).appeal()).isTrue();
            // whether a charge or a penalty is fair: "村里要收卫生费一年两千 合理不"
            assertThat(bare.classify("村里要收卫生费一年两千 合理不", NO_TOPIC).reasons()).contains("appeal.consultation");
            assertThat(bare.classify("这么罚合法不？", topic(1)).appeal()).isTrue();
            assertThat(bare.classify("有人没来", NO_TOPIC).appealScore()).isZero();
        }

        @Test
        void whichOfTwoBodiesAsks() {
            assertThat(bare.classify("找商务局还是审批局？", topic(1)).appeal()).isTrue();
            assertThat(bare.classify("暖气到现在还是凉的", NO_TOPIC).appealScore()).isZero();
        }

        @Test
        void howLongItHasLastedAndHowOftenItCameBackComplain() {
            assertThat(bare.classify("楼道灯坏了半个月了", NO_TOPIC).reasons()).contains("appeal.problem-report");
            assertThat(bare.classify("交上去一个多月了", NO_TOPIC).appealScore()).isEqualTo(3);
            assertThat(bare.classify("这个月第四回了", NO_TOPIC).reasons()).contains("appeal.complaint");
            assertThat(bare.classify("来回跑了三趟了 交上去俩月了", NO_TOPIC).appeal()).isTrue();
        }

        @Test
        void somethingDumpedOnOthersIsAProblem() {
            assertThat(bare.classify("楼下饭店的油烟直接往我们办公室窗户里灌", topic(1)).appeal()).isTrue();
            assertThat(bare.classify("往前走就到了", NO_TOPIC).appealScore()).isZero();
        }

        @Test
        void aMemberTellingWhatTheyDidThemselvesIsNoAppeal() {
            Classification c = bare.classify("电子税务局里就有 我弄过", topic(13));
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).startsWith("noise.reply");
            assertThat(bare.classify("我们去年续的 要安全评价报告", topic(13)).appeal()).isFalse();
            assertThat(bare.classify("我们小区去年也是这么闹的", NO_TOPIC).noiseScore()).isEqualTo(4);
            assertThat(bare.classify("我们店去年也不热，热力公司来人把阀门打开就好了", NO_TOPIC).reasons()).contains("noise.reply");
            assertThat(bare.classify("我姐去年也是这种事 打的司法局的电话", NO_TOPIC).reasons()).contains("noise.reply");
            assertThat(bare.classify("去年我亲戚的猪场验的 提前一个月约", NO_TOPIC).reasons()).contains("noise.reply");
            assertThat(bare.classify("我们去年交的押金到现在没退", NO_TOPIC).noiseScore()).isZero();
            assertThat(bare.classify("我们车过不去", NO_TOPIC).noiseScore()).isZero();
        }

        @Test
        void adviceToThoseItConcernsAndAskingTheMembersCountAgainst() {
            assertThat(classifier.classify("没办的赶紧去办 一天就能拿", topic(6)).reasons()).contains("noise.reply");
            assertThat(classifier.classify("大家有叉车的注意一下", topic(6)).reasons()).contains("noise.reply");
            assertThat(classifier.classify("听说给农家乐发补贴 有领到的没", topic(6)).reasons()).contains("noise.greeting");
            // A yes-no question about a thing, not about someone who did it, still asks the government.
            assertThat(classifier.classify("今年有扶持政策没", topic(6)).reasons()).doesNotContain("noise.greeting");
            assertThat(classifier.classify("路灯坏了 赶紧来修", topic(6)).reasons()).doesNotContain("noise.reply");
        }

        @ParameterizedTest
        @ValueSource(strings = {"@幸福面馆 灭火器去消防队对面那家 一个八块", "高哥 我们去年也是拖了小半年才到",
                "老程，废机油那个我知道一家正规的", "钱经理 预付卡备案在单用途卡系统", "小李 秤那个你得要求复检",
                "王厂长 清欠去年工信局收过一轮", "孙场长 粪污设施的验收是畜牧站和环保一起来", "邹工 每年都要重新评",
                "阿兰 天然气报装我家用了十来天", "陶院长,养老院食堂也得办 去区政务中心办"})
        void openingByAddressingAnotherMemberCountsAgainst(String text) {
            Classification c = classifier.classify(text, topic(6));
            assertThat(c.reasons()).contains("noise.reply");
            assertThat(c.noiseScore()).isGreaterThanOrEqualTo(MessageClassifier.PEER_ADDRESS_WEIGHT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"@南关街道 营商专员 陈 路灯坏了", "王科长 路灯坏了", "群主 路灯坏了", "小区 路灯坏了",
                "老城区 路灯坏了"})
        void addressingAUnitOrAnOfficialIsNoPeerTalk(String text) {
            assertThat(classifier.classify(text, topic(6)).reasons()).doesNotContain("noise.reply");
        }

        @ParameterizedTest
        @ValueSource(strings = {"路灯今天修了", "入库编号下来了", "医保能刷了", "电工来了 换了个东西 现在不跳了",
                "暖气今天热了 热力公司来人把阀门调了一下", "保证金今天退回来了", "消费券的钱今天到了",
                "燃气压力正常了，调压站检修完了", "设施农业用地的手续批了 贷款也放了", "井盖盖上了", "锅炉检验约上了",
                "扬尘验收过了 复工了", "假币那事派出所立案了 人也找着了", "对门那喇叭不喊了"})
        void aMatterSettledIsNoAppeal(String text) {
            Classification c = bare.classify(text, topic(13));
            assertThat(c.appeal()).as(text).isFalse();
            assertThat(c.reasons()).as(text).startsWith("noise.settled");
        }

        @ParameterizedTest
        @ValueSource(strings = {"路灯还没修了", "又不亮了", "说修好了 结果", "路灯好了没", "修了个小广场", "合同签好了",
                "装修好了", "补贴发到了原来的承包户", "住建局批了", "市里说下放了", "没批了"})
        void notDoneNotAskedOrNotTheOwnersMatterIsNotSettled(String text) {
            assertThat(bare.classify(text, NO_TOPIC).reasons()).as(text).doesNotContain("noise.settled");
        }

        @Test
        void aNewMatterAfterASettledOneIsStillAsked() {
            assertThat(bare.classify("退税那个到了，另外出口退税备案现在能办不", topic(6)).reasons())
                    .doesNotContain("noise.settled");
            assertThat(bare.classify("补贴钱终于到了 现在又有个事：合作社想买两台植保无人机 有补贴不", topic(6))
                    .reasons()).doesNotContain("noise.settled");
            assertThat(bare.classify("备案在发改局网上办好了 现在要办施工许可 审批局说需要不动产权证", topic(6))
                    .reasons()).doesNotContain("noise.settled");
        }

        @ParameterizedTest
        @ValueSource(strings = {"有没有做美甲的姐妹 知道哪进货便宜点的", "谁知道附近哪有修叉车的", "哪位知道深井到城里的班车几点有",
                "有人知道哪家培训机构教PLC的", "问下大家 诊所想办个宽带", "群里有没有用过那种切割线的", "大家都几点开门"})
        void askingTheMembersForATipIsNoAppeal(String text) {
            Classification c = bare.classify(text, topic(6));
            assertThat(c.appeal()).as(text).isFalse();
            assertThat(c.reasons()).as(text).startsWith("noise.greeting");
        }

        @ParameterizedTest
        @ValueSource(strings = {"有没有人管", "卫健局有没有推荐的有资质的机构名单", "谁家盖房子倒的建筑垃圾",
                "村里有人家把老人埋在耕地边上"})
        void askingTheGovernmentOrNamingACulpritIsNoTip(String text) {
            assertThat(bare.classify(text, NO_TOPIC).reasons()).as(text).doesNotContain("noise.greeting");
        }

        @Test
        void meTooWithTheReasonBehindItAnswersAnotherMember() {
            Classification c = bare.classify("我们这边也停了，早上供电的师傅说是电缆头烧了，在换，估计中午能好", topic(6));
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).startsWith("noise.reply");
            assertThat(bare.classify("我家也没水，看了供水公司公众号，说大北街主管道抢修，上午十点恢复", topic(9)).appeal())
                    .isFalse();
            // Not "me too" but the writer's own loss, with someone's excuse: still theirs.
            assertThat(bare.classify("其中一家把俺们店的院墙也推了一截 说是他家的地", NO_TOPIC).reasons())
                    .doesNotContain("noise.reply");
            // "Me too" with a request stays a request.
            assertThat(bare.classify("我们这边也停了 估计是线路 能派人来看看不", topic(6)).appeal()).isTrue();
        }

        @Test
        void aMessageThatEndsByThankingIsNoAppeal() {
            Classification c = bare.classify("报废车拖走了 谢谢吴主任", topic(6));
            assertThat(c.appeal()).isFalse();
            assertThat(c.reasons()).startsWith("noise.thanks");
            assertThat(bare.classify("感谢住建局领导出面协调", topic(6)).appeal()).isFalse();
            assertThat(classifier.classify("谢谢领导,麻烦再催一下审批", topic(6)).reasons()).doesNotContain("noise.settled")
                    .contains("appeal.request");
            assertThat(classifier.classify("谢谢领导,麻烦再催一下审批", topic(6)).appeal()).isTrue();
        }

        @Test
        void eachShapeCountsOnce() {
            assertThat(bare.classify("今天能修好不 明天能来人不", NO_TOPIC).appealScore()).isEqualTo(4);
        }
    }
}
