package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.routing.Matter;
import cn.xuanhua.bot.core.routing.MatterTerms;
import cn.xuanhua.bot.core.routing.ResponsibilityCatalogue;
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
            "veto.solved", "修好了 来电了 办下来了 够用了 到账了 装好了",
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
        void aNewMatterAfterTheSolvedOneLiftsTheVeto() {
            assertThat(acts.read("村道修好了,谢谢。新问题:物流园门口能不能划个停车区", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("油烟净化器修好了,现在想问放心餐饮示范店有补贴吗", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("特行许可五一前办下来了,谢谢!五一游客很多,但我们山庄门口那段乡道的护栏被车撞断了,能不能尽快修",
                    APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            // nothing asked after it: still solved
            assertThat(acts.read("村道修好了,另外那段也修好了", new Classification(false, 0, 4, List.of()), owner())
                    .act()).isEqualTo(ConversationAct.SOLVED);
        }

        @Test
        void aStepDoneWithTheNextOneAskedAboutIsAnAppeal() {
            assertThat(acts.read("营业执照办下来了 税务那块还要弄啥", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("设备装好了 数据一直传不上去 找谁", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("施工许可证办下来了 可质安站说还要办安全监督手续", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            // done, and nothing asked after it: still solved, even when the request came before
            assertThat(acts.read("能不能派人来看看? 现在装好了,谢谢", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.SOLVED);
            assertThat(acts.read("路灯修好了 这几天晚上没人停车了", APPEAL, owner()).act()).isEqualTo(ConversationAct.SOLVED);
        }

        @Test
        void aStepDoneWithTheNextOneAskedAboutIsNoSolvedNewsEvenWhereTheCuesLeanToNoise() {
            // The solved cue itself weighs against an appeal; the veto must not decide then, but leave the message to
            // the appeal-or-not judgement like any other ("装好了 … 网上系统登不进去 咋办" was vetoed as done).
            Classification leansToNoise = new Classification(false, 2, 4, List.of());
            ActReading r = acts.read("喷淋已经装好了 环保说月底前补交排污登记 网上系统登不进去 咋办", leansToNoise, owner());
            assertThat(r.act()).isNotEqualTo(ConversationAct.SOLVED);
            assertThat(r.reasons()).doesNotContain("veto.solved");
            // nothing asked after it: solved, as before
            assertThat(acts.read("喷淋已经装好了 这几天灰小多了", leansToNoise, owner()).act())
                    .isEqualTo(ConversationAct.SOLVED);
        }

        @Test
        void aSolvedCueNegatedOrAskedIsNoReportThatItIsDone() {
            assertThat(acts.read("额度不够用了 这个月要开一大笔", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("医保回款三个月没到账了", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("门口的路灯修好了吗", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("补贴到账了没", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            // the negation in two characters: 没有, 还没有
            assertThat(acts.read("医保回款三个月了还没有到账了", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("门口的路灯一直没有修好", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
            // 有 alone before the cue negates nothing
            assertThat(acts.read("路灯已经有人修好了", APPEAL, owner()).act()).isEqualTo(ConversationAct.SOLVED);
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
        void passingOnWhatOneJustAskedIsAnAnswer() {
            assertThat(acts.read("停水是修主管道 我问了 下午两点来水", APPEAL, owner()).reasons())
                    .containsExactly(ActClassifier.HEARSAY);
        }

        @Test
        void beingPutOffAgainAndAgainIsTheWritersOwnComplaint() {
            assertThat(acts.read("出口的货退税一直退不下来,问了好几次都说在审核", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("那条路到底归谁管 问了开发区问了城管 都说不归他们", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void anAnswerThatPutsTheWriterOffIsNoAnswerPassedOn() {
            assertThat(acts.read("旁边有人开了个采石坑 天天放炮 蜂箱震翻了好几个 问了村里说不知道谁批的", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("路灯坏了半个月 问了社区说他们管不了", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("我问了供电所,说不到五点就来电", APPEAL, owner()).act()).isEqualTo(ConversationAct.ANSWER);
        }

        @Test
        void hearsayWithARequestOfOnesOwnIsAnAppeal() {
            Classification asks = new Classification(true, 9, 0, List.of("appeal.request", "appeal.problem-report"));
            assertThat(acts.read("开标一直拖 问了说等领导定 能不能给个准信", asks, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("开标一直拖 问了说等领导定", APPEAL, owner()).act()).isEqualTo(ConversationAct.ANSWER);
        }

        @Test
        void hearsayFollowedByAQuestionOfOnesOwnIsAnAppeal() {
            assertThat(acts.read("自来水一周停三回 问了水厂说管子老化 到底啥时候能换", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("有人拿假币买烟 打了110说让去做笔录 明天去行吗", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            // a question before the answer passed on is no question after it
            assertThat(acts.read("啥时候来水? 我问了供电所,说下午三点前来电", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.ANSWER);
        }

        @Test
        void aWellDugOrAJabGivenIsNoCallWhoseAnswerIsPassedOn() {
            assertThat(acts.read("承包了200亩地 打了一眼井浇地 村里说要办取水证 不办要罚", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("狗把工人咬了 打了狂犬疫苗 村里说管不了", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("我刚打了供水公司 说主管道维修 十点左右来水", APPEAL, owner()).act())
                    .isEqualTo(ConversationAct.ANSWER);
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
        void openingWithTheMatterOfAnOpenAppealFollowsItUp() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261125-0027", "酒店二至四楼暖气不热"),
                    new SenderContext.OpenAppeal("XH20261123-0038", "夜市摊位押金不退")));
            ActReading r = acts.read("暖气那个 今天又有两个房间客人投诉", APPEAL, writer);
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.appealNumber()).isEqualTo("XH20261125-0027");
            assertThat(r.reasons()).containsExactly(ActClassifier.NAMES_MATTER);
            ActReading asked = acts.read("押金那事怎么样了", THANKS, writer);
            assertThat(asked.act()).isEqualTo(ConversationAct.PROGRESS_QUESTION);
            assertThat(asked.appealNumber()).isEqualTo("XH20261123-0038");
            assertThat(acts.read("停车那个事 谁管", APPEAL, writer).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void aNewMatterRaisedAfterTheOpenOneIsNoFollowUpOfIt() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261125-0027", "酒店二至四楼暖气不热")));
            assertThat(acts.read("暖气那个修好了 谢谢 另外门口的井盖丢了 晚上有人差点掉进去", APPEAL, writer).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("暖气那个还没人来 现在又有个事 店后面的下水道冒水了", APPEAL, writer).act())
                    .isEqualTo(ConversationAct.APPEAL);
            // what follows the marker is about the open appeal: its matter, or its number
            assertThat(acts.read("暖气那个 另外四楼暖气坏了好几天 客人都退房了", APPEAL, writer).act())
                    .isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(acts.read("还有个事 0027那个到底啥时候来人修 客人天天投诉", APPEAL, writer).act())
                    .isNotEqualTo(ConversationAct.APPEAL);
            // too little after the marker to raise anything
            assertThat(acts.read("暖气那个 再问一下", APPEAL, writer).act()).isEqualTo(ConversationAct.FOLLOW_UP);
        }

        @Test
        void theSameMatterAgainGoesToTheOpenAppeal() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261208-0006", "村里路灯从店里接电，电费两年未还")));
            ActReading r = acts.read("算了一下 这两年路灯电费一共3260块", APPEAL, writer);
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.reasons()).containsExactly(ActClassifier.SAME_MATTER);
            SenderContext shop = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261208-0007", "店门口的路灯坏了")));
            assertThat(acts.read("店门口的下水道堵了", APPEAL, shop).act()).isEqualTo(ConversationAct.APPEAL);
            SenderContext alley = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261208-0008", "胡同里的下水道堵了,污水往外冒,麻烦街道处理")));
            assertThat(acts.read("胡同里的井盖松动了,车过去哐哐响,麻烦街道找人修理", APPEAL, alley).act())
                    .isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void aMessageTheCatalogueClearlyPlacesInTheMatterOfAnOpenAppealFollowsItUp() {
            ResponsibilityCatalogue catalogue = new ResponsibilityCatalogue(List.of(
                    new Matter("water-outage", "停水", "utilities", "watersupply", null,
                            MatterTerms.terms("停水:6, 自来水:4, 水压低:6"), List.of(), List.of()),
                    new Matter("community", "社区事务", "other", Matter.LOCAL, null,
                            MatterTerms.terms("社区:3"), List.of(), List.of())), List.of());
            ActClassifier withCatalogue = new ActClassifier(List.of(), catalogue);
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0004", "后营村自来水频繁停水")));
            String again = "今儿又停水了 这是第四回了";
            ActReading r = withCatalogue.read(again, APPEAL, writer, null, catalogue.read(again));
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.reasons()).containsExactly(ActClassifier.SAME_CATALOGUE_MATTER);
            // Another matter is a new appeal; so is a word many matters share, which places nothing clearly.
            String lights = "门口路灯坏了";
            assertThat(withCatalogue.read(lights, APPEAL, writer, null, catalogue.read(lights)).act())
                    .isEqualTo(ConversationAct.APPEAL);
            SenderContext member = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0005", "社区让填的表一个月填三遍")));
            String other = "社区门口那片空地堆满了杂物";
            assertThat(withCatalogue.read(other, APPEAL, member, null, catalogue.read(other)).act())
                    .isEqualTo(ConversationAct.APPEAL);
            // One matter, another problem: no word of the earlier one is said again.
            SenderContext shop = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0007", "店里停水三天了")));
            String meter = "水压低 二楼上不去水";
            assertThat(withCatalogue.read(meter, APPEAL, shop, null, catalogue.read(meter)).act())
                    .isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void aCueThatNamesNoAppealCarriesOnNoOpenAppealOfAnotherOwnersMatter() {
            ResponsibilityCatalogue catalogue = new ResponsibilityCatalogue(List.of(
                    new Matter("water-outage", "停水", "utilities", "watersupply", null,
                            MatterTerms.terms("停水:6, 来水:6"), List.of(), List.of()),
                    new Matter("tenement-noise", "出租屋扰民", "other", Matter.LOCAL, null,
                            MatterTerms.terms("出租屋:6"), List.of(), List.of())), List.of());
            ActClassifier withCatalogue = new ActClassifier(lexicon("act.still", "还没来",
                    "act.follow-up", "补充", "act.progress", "啥时候能好"), catalogue);
            SenderContext noisyTenement = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0008", "厂区老宿舍楼改成出租屋 天天半夜吵")));
            SenderContext noWater = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0009", "店里停水三天了")));

            String late = "说好六点来水 都七点了还没来";
            assertThat(withCatalogue.read(late, APPEAL, noisyTenement, null, catalogue.read(late)).act())
                    .as("a new problem, not the tenement's").isEqualTo(ConversationAct.APPEAL);
            ActReading still = withCatalogue.read(late, APPEAL, noWater, null, catalogue.read(late));
            assertThat(still.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(still.reasons()).containsExactly(ActClassifier.STILL);
            String when = "来水啥时候能好";
            assertThat(withCatalogue.read(when, APPEAL, noisyTenement, null, catalogue.read(when)).act())
                    .isEqualTo(ConversationAct.APPEAL);
            assertThat(withCatalogue.read(when, APPEAL, noWater, null, catalogue.read(when)).act())
                    .isEqualTo(ConversationAct.PROGRESS_QUESTION);
            // A cue that refers back ties it to the open appeal whatever it is about.
            String added = "补充 说好六点来水 都七点了还没来";
            assertThat(withCatalogue.read(added, APPEAL, noisyTenement, null, catalogue.read(added)).act())
                    .isEqualTo(ConversationAct.FOLLOW_UP);
        }

        @Test
        void theTownshipBothNameIsNoWordOfAMatterInCommon() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0010", "洋河南镇 饭庄门口的公路挖了个大坑 一个月了")));
            assertThat(acts.read("洋河南镇 诊所门口的垃圾箱满了", APPEAL, writer).act())
                    .as("洋河 河南 南镇 say where, not what").isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("洋河南镇 饭庄门口公路上那个大坑 今天陷了辆车", APPEAL, writer).act())
                    .isEqualTo(ConversationAct.FOLLOW_UP);
        }

        @Test
        void aMessageThatOpensCarryingOnAndNamesNoMatterFollowsUpTheOpenAppeal() {
            ActReading r = acts.read("又停了 一天停两回 你们那线到底修好没有", APPEAL, owner("XH20261201-0006"));
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.reasons()).containsExactly(ActClassifier.REFERS_BACK);
            assertThat(acts.read("还是没人来 都漫到门口了", APPEAL, owner("XH20261201-0006")).act())
                    .isEqualTo(ConversationAct.FOLLOW_UP);
            // Without an open appeal it is a complaint of its own.
            assertThat(acts.read("又停了 一天停两回", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void sharingTwoWordsOfAnOpenAppealAndSayingAgainOrStillFollowsItUp() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0007", "洗砂场污水排入洋河"),
                    new SenderContext.OpenAppeal("XH20261201-0008", "xx家园二期总包拖欠农民工工资")));
            ActReading r = acts.read("洗砂场今天又排了 我在桥上拍的", APPEAL, writer);
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.reasons()).containsExactly(ActClassifier.CARRIED_ON);
            assertThat(r.appealNumber()).isEqualTo("XH20261201-0007");
            // One shared word is enough when the writer urges it on.
            assertThat(acts.read("总包说下礼拜给一半 工人不同意 再麻烦催催", APPEAL, writer).appealNumber())
                    .isEqualTo("XH20261201-0008");
            // Shared words without again, still or urging: a new appeal; so is one shared word said again.
            assertThat(acts.read("洗砂场旁边的路让大车压坏了", APPEAL, writer).act()).isEqualTo(ConversationAct.APPEAL);
            assertThat(acts.read("河边又有人倒垃圾", APPEAL, writer).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void openingByPointingAtTheMatterOfAnOpenAppealFollowsItUp() {
            SenderContext writer = new SenderContext(Speaker.OWNER, List.of(
                    new SenderContext.OpenAppeal("XH20261201-0009", "赵川县道塌陷大坑")));
            ActReading r = acts.read("那个大坑今早陷进去一辆三轮", APPEAL, writer);
            assertThat(r.act()).isEqualTo(ConversationAct.FOLLOW_UP);
            assertThat(r.reasons()).containsExactly(ActClassifier.NAMES_MATTER);
            assertThat(acts.read("那个烧烤摊天天占道", APPEAL, writer).act()).isEqualTo(ConversationAct.APPEAL);
        }

        @Test
        void askingAfterMyAppealsWhileOneIsOpenIsAProgressQuestion() {
            ActReading r = acts.read("我的诉求呢 羊到现在还扣着", APPEAL, owner("XH20261127-0010"));
            assertThat(r.act()).isEqualTo(ConversationAct.PROGRESS_QUESTION);
            assertThat(r.appealNumber()).isEqualTo("XH20261127-0010");
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
        assertThat(acts.read("入库编号下来了", new Classification(false, 0, 4, List.of("noise.settled")), owner()).act())
                .isEqualTo(ConversationAct.SOLVED);
        assertThat(acts.read("早", new Classification(false, 0, 0, List.of("noise.too-short")), owner()).act())
                .isEqualTo(ConversationAct.CHATTER);
        assertThat(acts.read("路灯坏了", APPEAL, owner()).act()).isEqualTo(ConversationAct.APPEAL);
    }
}
