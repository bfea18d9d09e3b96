package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.appeal.Satisfaction;
import cn.xuanhua.bot.core.command.Accept;
import cn.xuanhua.bot.core.command.FileOnBehalf;
import cn.xuanhua.bot.core.command.ApproveExtension;
import cn.xuanhua.bot.core.command.Progress;
import cn.xuanhua.bot.core.command.Rate;
import cn.xuanhua.bot.core.command.Reassign;
import cn.xuanhua.bot.core.command.RequestExtension;
import cn.xuanhua.bot.core.command.Resolve;
import cn.xuanhua.bot.core.command.ReturnToDispatcher;
import cn.xuanhua.bot.core.command.Supervise;
import cn.xuanhua.bot.core.command.Supplement;
import cn.xuanhua.bot.core.command.Transfer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CommandParserTest {
    private static final AppealRef FULL = new AppealRef.Full(AppealNumber.parse("XH20261126-0007"));
    private static final AppealRef SHORT = new AppealRef.Short("0007");

    private final CommandParser parser = new CommandParser();

    @ParameterizedTest
    @ValueSource(strings = {"受理 0007", "/受理 0007", "#受理 0007", "／受理　0007", "＃受理 ０００７", "受理0007",
            "  受理   0007  ", "@诉求助手 受理 0007", "/ 受理 0007", "受理\u00a00007"})
    void readsAcceptWithOrWithoutPrefixAndAnySpaces(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Accept(SHORT));
    }

    @Test
    void aWordOneLetterOffFollowedByANumberIsAMisspeltCommand() {
        assertThat(parser.parse("受里 0007")).isEqualTo(new Command.Misspelt("受里", "受理", new AppealRef.Short("0007"), ""));
        assertThat(parser.parse("进张0007 已联系")).isEqualTo(
                new Command.Misspelt("进张", "进展", new AppealRef.Short("0007"), "已联系"));
        assertThat(parser.parse("办洁 XH20261126-0007 修好了")).isInstanceOf(Command.Misspelt.class);
        assertThat(parser.parse("受里")).isInstanceOf(Command.Unknown.class);
        assertThat(parser.parse("天气 真好")).isInstanceOf(Command.Unknown.class);
        assertThat(CommandParser.oneEditApart("批准延期", "批延准期")).isTrue();
        assertThat(CommandParser.oneEditApart("受理", "受理")).isFalse();
    }

    @Test
    void readsFullAndShortNumbers() {
        assertThat(parser.parse("受理 XH20261126-0007")).isEqualTo(new Accept(FULL));
        assertThat(parser.parse("受理 xh20261126-0007")).isEqualTo(new Accept(FULL));
        assertThat(parser.parse("受理 ＸＨ２０２６１１２６－０００７")).isEqualTo(new Accept(FULL));
        assertThat(parser.parse("受理 XH20261126—0007")).as("an em dash for the hyphen").isEqualTo(new Accept(FULL));
        assertThat(parser.parse("/受理 7")).isEqualTo(new Accept(new AppealRef.Short("7")));
        assertThat(parser.parse("受理 1126-0007")).isEqualTo(new Accept(new AppealRef.Short("1126-0007")));
    }

    @Test
    void readsNumbersWhoseSequenceHasFiveDigits() {
        assertThat(parser.parse("查询 XH20261126-10000"))
                .isEqualTo(new Query(new AppealRef.Full(AppealNumber.parse("XH20261126-10000"))));
        assertThat(parser.parse("办结 XH20261126-10001 已处理"))
                .isEqualTo(new Resolve(new AppealRef.Full(AppealNumber.parse("XH20261126-10001")), "已处理"));
        assertThat(parser.parse("受理 10001")).isEqualTo(new Accept(new AppealRef.Short("10001")));
        assertThat(parser.parse("受理 1126-10001")).isEqualTo(new Accept(new AppealRef.Short("1126-10001")));
        assertThat(parser.parse("受理 2026112610001")).isEqualTo(new Accept(new AppealRef.Short("2026112610001")));
    }

    @Test
    void keepsTheFreeTextAsWritten() {
        assertThat(parser.parse("#办结　XH20261126-0007　已处理完毕，路灯已更换。"))
                .isEqualTo(new Resolve(FULL, "已处理完毕，路灯已更换。"));
        assertThat(parser.parse("进展 0007 已联系企业, 明天　上门"))
                .isEqualTo(new Progress(SHORT, "已联系企业, 明天　上门"));
        assertThat(parser.parse("进展 0007：已联系企业")).isEqualTo(new Progress(SHORT, "已联系企业"));
        assertThat(parser.parse("进展 0007 ：已联系企业")).isEqualTo(new Progress(SHORT, "已联系企业"));
    }

    @Test
    void readsOnBehalfFilingWrittenAsALabel() {
        assertThat(parser.parse("代报 南关街道 门口路灯坏了")).isEqualTo(new FileOnBehalf("南关街道 门口路灯坏了"));
        assertThat(parser.parse("代报：大北街兴隆超市反映 门口路灯坏了"))
                .isEqualTo(new FileOnBehalf("大北街兴隆超市反映 门口路灯坏了"));
        assertThat(parser.parse("代报:大北街兴隆超市反映")).isEqualTo(new FileOnBehalf("大北街兴隆超市反映"));
        assertThat(parser.parse("代报税的公司靠谱吗")).as("glued text is no filing").isInstanceOf(Command.Unknown.class);
        assertThat(parser.parse("代报： 南关街道 门口路灯坏了")).isEqualTo(new FileOnBehalf("南关街道 门口路灯坏了"));
        assertThat(parser.parse("代报：")).as("the word alone is answered with its usage")
                .isInstanceOf(Command.Malformed.class);
    }

    @Test
    void readsTransferWithDepartmentByNameOrShortName() {
        assertThat(parser.parse("转办 7 人社 不属于我局职责"))
                .isEqualTo(new Transfer(new AppealRef.Short("7"), "人社", "不属于我局职责"));
        assertThat(parser.parse("/转办 XH20261126-0007 人社局，涉及社保缴费"))
                .isEqualTo(new Transfer(FULL, "人社局", "涉及社保缴费"));
        assertThat(parser.parse("转办 0007 人社局")).isEqualTo(new Command.Malformed("转办", "转办 编号 部门 理由"));
    }

    @Test
    void readsReassignWithAnOptionalReason() {
        assertThat(parser.parse("改派 0007 人社局")).isEqualTo(new Reassign(SHORT, "人社局", ""));
        assertThat(parser.parse("改派 0007 人社局 职责调整")).isEqualTo(new Reassign(SHORT, "人社局", "职责调整"));
        assertThat(parser.parse("/改派 0007")).isEqualTo(new Command.Malformed("改派", "改派 编号 部门"));
    }

    @Test
    void readsExtensionsInDaysOrWorkingDays() {
        RequestExtension expected = new RequestExtension(FULL, 3, "需要现场勘查");
        assertThat(parser.parse("延期 XH20261126-0007 3天 需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 XH20261126-0007 3个工作日 需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 XH20261126-0007 ３天 需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 XH20261126-0007 3 天 需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 XH20261126-0007 三天 需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 XH20261126-0007 3天需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 XH20261126-0007 3 需要现场勘查")).isEqualTo(expected);
        assertThat(parser.parse("延期 0007 十五个工作日 材料未齐"))
                .isEqualTo(new RequestExtension(SHORT, 15, "材料未齐"));
        assertThat(parser.parse("延期 0007 二十天 材料未齐")).isEqualTo(new RequestExtension(SHORT, 20, "材料未齐"));
    }

    @Test
    void anExtensionWithoutDaysOrReasonIsMalformed() {
        Command.Malformed malformed = new Command.Malformed("延期", "延期 编号 N天 理由");
        assertThat(parser.parse("延期 0007 需要现场勘查")).isEqualTo(malformed);
        assertThat(parser.parse("延期 0007 3天")).isEqualTo(malformed);
        assertThat(parser.parse("延期 0007 0天 无")).isEqualTo(malformed);
    }

    @Test
    void readsRatingsLongestWordFirst() {
        assertThat(parser.parse("满意 XH20261126-0007")).isEqualTo(new Rate(FULL, Satisfaction.SATISFIED, ""));
        assertThat(parser.parse("基本满意 0007")).isEqualTo(new Rate(SHORT, Satisfaction.BASICALLY_SATISFIED, ""));
        assertThat(parser.parse("不满意 0007 路灯还是不亮"))
                .isEqualTo(new Rate(SHORT, Satisfaction.DISSATISFIED, "路灯还是不亮"));
        assertThat(parser.parse("不满意0007")).isEqualTo(new Rate(SHORT, Satisfaction.DISSATISFIED, ""));
        assertThat(parser.parse("基本满意XH20261126-0007"))
                .isEqualTo(new Rate(FULL, Satisfaction.BASICALLY_SATISFIED, ""));
    }

    @Test
    void readsTheOtherCommands() {
        assertThat(parser.parse("查询 0007")).isEqualTo(new Query(SHORT));
        assertThat(parser.parse("补充 0007 门牌号是南关大街12号")).isEqualTo(new Supplement(SHORT, "门牌号是南关大街12号"));
        assertThat(parser.parse("退回 0007 应由供电公司处理")).isEqualTo(new ReturnToDispatcher(SHORT, "应由供电公司处理"));
        assertThat(parser.parse("批准延期 0007")).isEqualTo(new ApproveExtension(SHORT));
        assertThat(parser.parse("批准延期0007")).isEqualTo(new ApproveExtension(SHORT));
        assertThat(parser.parse("督办 0007 请本周内答复")).isEqualTo(new Supervise(SHORT, "请本周内答复"));
        assertThat(parser.parse("待办")).isEqualTo(new Todo());
        assertThat(parser.parse("/待办")).isEqualTo(new Todo());
        assertThat(parser.parse("帮助")).isEqualTo(new Help());
        assertThat(parser.parse("#help")).isEqualTo(new Help());
    }

    @Test
    void readsDigestForLastOrThisWeek() {
        assertThat(parser.parse("周报")).isEqualTo(new WeeklyDigest(false));
        assertThat(parser.parse("周报 上周")).isEqualTo(new WeeklyDigest(false));
        assertThat(parser.parse("周报 本周")).isEqualTo(new WeeklyDigest(true));
        assertThat(parser.parse("周报　本周")).isEqualTo(new WeeklyDigest(true));
        assertThat(parser.parse("周报本周")).isEqualTo(new WeeklyDigest(true));
        assertThat(parser.parse("/周报 下周")).isEqualTo(new Command.Malformed("周报", "周报 或 周报 本周 或 周报 2026-W47"));
        assertThat(parser.parse("周报 2026-W47")).isEqualTo(new WeeklyDigest(false, LocalDate.of(2026, 11, 16)));
        assertThat(parser.parse("周报2026w47")).isEqualTo(new WeeklyDigest(false, LocalDate.of(2026, 11, 16)));
        assertThat(parser.parse("周报 2026-W54")).isInstanceOf(Command.Malformed.class);
    }

    @Test
    void aCommandWordAloneOrWithASlashButNoNumberIsMalformed() {
        assertThat(parser.parse("受理")).isEqualTo(new Command.Malformed("受理", "受理 编号"));
        assertThat(parser.parse("/受理 路灯那个")).isEqualTo(new Command.Malformed("受理", "受理 编号"));
        assertThat(parser.parse("进展 0007")).isEqualTo(new Command.Malformed("进展", "进展 编号 内容"));
        assertThat(parser.parse("受理 0007abc")).isEqualTo(new Command.Unknown("受理 0007abc", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"查询一下营业执照怎么办", "查询 营业执照办理进度", "不满意 审批太慢了", "满意度调查什么时候做",
            "帮助 我们企业解决一下用电问题", "待办 事项太多", "周报 什么时候出", "路灯坏了一周没人修", "谢谢！"})
    void ordinaryTextThatStartsLikeACommandIsNotOne(String text) {
        assertThat(parser.parse(text)).isEqualTo(new Command.Unknown(text, false));
    }

    @Test
    void anUnknownSlashCommandAsksForHelp() {
        assertThat(parser.parse("/撤销 0007")).isEqualTo(new Command.Unknown("/撤销 0007", true));
        assertThat(parser.parse("")).isEqualTo(new Command.Unknown("", false));
        assertThat(parser.parse(null)).isEqualTo(new Command.Unknown("", false));
        assertThat(parser.parse("@诉求助手")).isEqualTo(new Command.Unknown("@诉求助手", false));
    }
}
