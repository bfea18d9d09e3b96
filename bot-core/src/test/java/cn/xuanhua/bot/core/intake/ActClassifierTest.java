package cn.xuanhua.bot.core.intake;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each act and veto rule of the act classifier, on a small lexicon of its own. */
class ActClassifierTest {
    private static final Classification APPEAL = new Classification(true, 6, 0, List.of("appeal.problem-report"));
    private static final Classification THANKS = new Classification(false, 0, 4, List.of("noise.thanks"));

    private final ActClassifier acts = new ActClassifier(lexicon(
            "veto.solved", "修好了 来电了",
            "veto.thanks", "点赞",
            "veto.gov-reply", "已转交 您反映的",
            "veto.answer", "你直接去",
            "reopen", "又坏 还是没 结果",
            "act.progress", "怎么样了 到哪了",
            "act.my-appeals", "我的诉求",
            "act.follow-up", "上次反映 还没修"));

    private static List<LexiconEntry> lexicon(String... kindsAndPhrases) {
        List<LexiconEntry> rows = new ArrayList<>();
        for (int i = 0; i < kindsAndPhrases.length; i += 2) {
            for (String phrase : kindsAndPhrases[i + 1].split(" ")) {
                rows.add(new LexiconEntry(kindsAndPhrases[i], phrase, 1));
            }
        }
        return rows;
    }

    private static SenderContext owner(String... open) {
        return new SenderContext(Speaker.OWNER, java.util.Arrays.stream(open)
                .map(n -> new SenderContext.OpenAppeal(n, "")).toList());
    }

    @Nested
    class Vetoes {
        @Test
        void aSolvedProblemIsNoAppealWhateverItSays() {
            assertThat(acts.read("门口的路灯已经修好了,点赞", APPEAL, owner()).act()).isEqualTo(ConversationAct.SOLVED);
        }

        @Test
        void aProblemThatIsBackLiftsTheVeto() {
            ActReading r = acts.read("说是修好了,结果第二天又坏了", APPEAL, owner());
            assertThat(r.act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void aGovernmentReplyIsANotice() {
            assertThat(acts.read("您反映的问题已转交城管局,预计今天处理完毕", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.NOTICE);
        }

        @Test
        void passingOnWhatSomeoneAnsweredIsAnAnswer() {
            ActReading r = acts.read("我问了供电所,说下午三点前来电", APPEAL, owner());
            assertThat(r.act()).isEqualTo(ConversationAct.ANSWER);
            assertThat(r.reasons()).containsExactly(ActClassifier.HEARSAY);
        }

        @Test
        void hearsayThatComplainsStaysAnAppeal() {
            assertThat(acts.read("问了三次,都说还是没人管", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void quotingAMemberToAnswerIsAnAnswerButQuotingTheBotIsNot() {
            assertThat(acts.read("「李老板：营业执照去哪办」\n- - - - -\n政务大厅三楼", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.ANSWER);
            assertThat(acts.read("「诉求助手：诉求已登记 XH20261120-0003」\n都一周了没人来", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void adviceToAnotherMemberIsAnAnswer() {
            assertThat(acts.read("你直接去政务大厅就行", APPEAL, owner()).act()).isEqualTo(ConversationAct.ANSWER);
        }
    }

    @Nested
    class OwnAppeals {
        @Test
        void aNumberWithAProgressCueIsAProgressQuestion() {
            ActReading r = acts.read("0012办得怎么样了", THANKS, owner());
            assertThat(r.act()).isEqualTo(ConversationAct.PROGRESS_QUESTION);
            assertThat(r.appealNumber()).isEqualTo("0012");
            assertThat(acts.read("XH20261126-0007 到哪了", THANKS, owner()).appealNumber()).isEqualTo("XH20261126-0007");
        }

        @Test
        void myAppealsAsksForAllOfThem() {
            ActReading r = acts.read("我的诉求", THANKS, owner());
            assertThat(r.act()).isEqualTo(ConversationAct.PROGRESS_QUESTION);
            assertThat(r.appealNumber()).isNull();
        }

        @Test
        void anUnmistakableFollowUpGoesToTheNewestOpenAppeal() {
            ActReading r = acts.read("上次反映的路灯还没修啊", APPEAL, owner("XH20261125-0003", "XH20261120-0001"));
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.appealNumber()).isEqualTo("XH20261125-0003");
        }

        @Test
        void namingAnOpenAppealOfOnesOwnIsAFollowUp() {
            ActReading r = acts.read("0001 补充照片里那个位置在桥头", APPEAL, owner("XH20261125-0003", "XH20261120-0001"));
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.appealNumber()).isEqualTo("0001");
        }

        @Test
        void theSameComplaintAgainGoesToTheOpenAppealItRepeats() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261126-0002", "店门口的下水道堵了,污水都漫到店里了"),
                    new SenderContext.OpenAppeal("XH20261126-0001", "门口的路灯坏了三天了,晚上很黑")));
            ActReading r = acts.read("门口的路灯坏了三天了晚上很黑!!", APPEAL, writer);
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.appealNumber()).isEqualTo("XH20261126-0001");
            assertThat(acts.read("门口的燃气表好像漏气了", APPEAL, writer).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void withoutAnOpenAppealAFollowUpCueIsANewAppeal() {
            assertThat(acts.read("上次反映的路灯还没修啊", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void amountsAndDatesAreNotAppealNumbers() {
            assertThat(acts.read("3000块的货款到哪了", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
        }
    }

    @Test
    void otherwiseTheStrongestNoiseCueNamesTheAct() {
        assertThat(acts.read("谢谢领导", THANKS, owner()).act()).isEqualTo(ConversationAct.THANKS);
        assertThat(acts.read("本店新到羊肉", new Classification(false, 0, 5, List.of("noise.ad")), owner()).act())
                .isEqualTo(ConversationAct.AD);
        assertThat(acts.read("早", new Classification(false, 0, 0, List.of("noise.too-short")), owner()).act())
                .isEqualTo(ConversationAct.CHATTER);
        assertThat(acts.read("路灯坏了", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
    }
}
