package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviour of the reader beyond the golden corpora: what it reports with a deadline, and robustness. */
class DeadlineReaderTest {

    private static final ZonedDateTime FRIDAY_10AM = ZonedDateTime.parse("2023-08-04T10:00:00+08:00[Asia/Shanghai]");

    private final DeadlineReader reader = new DeadlineReader(OfficialCalendar.calendar());

    private StatedDeadline read(String text, ZonedDateTime sentAt) {
        return reader.read(text, sentAt).orElseThrow();
    }

    /** The day of the deadline read from {@code text} sent on Friday 2023-08-04 at 10:00. */
    private java.time.LocalDate dayRead(String text) {
        return read(text, FRIDAY_10AM).at().toLocalDate();
    }

    @Test
    void reportsPhraseAsWrittenAndTheRuleThatReadIt() {
        StatedDeadline d = read("８月１０号下午３点前到政务服务大厅", FRIDAY_10AM);
        assertThat(d.phrase()).isEqualTo("８月１０号下午３点");
        assertThat(d.rule()).isEqualTo("date.month-day");
        assertThat(d.timeOfDay()).isTrue();
        assertThat(d.at()).isEqualTo(ZonedDateTime.parse("2023-08-10T15:00:00+08:00[Asia/Shanghai]"));
    }

    @Test
    void dateWithoutClockEndsAtTheLastSecondOfTheDay() {
        StatedDeadline d = read("十五个工作日内给书面答复", FRIDAY_10AM);
        assertThat(d.at()).isEqualTo(ZonedDateTime.parse("2023-08-25T23:59:59+08:00[Asia/Shanghai]"));
        assertThat(d.timeOfDay()).isFalse();
        assertThat(d.rule()).isEqualTo("workdays.within");
        assertThat(d.provisional()).isFalse();
    }

    @Test
    void deadlinesComputedOnAnUnarrangedYearAreFlaggedProvisional() {
        ZonedDateTime december2026 = ZonedDateTime.parse("2026-12-10T10:00:00+08:00[Asia/Shanghai]");
        StatedDeadline beforeSpringFestival = read("年前把拖欠的工程款结清", december2026);
        assertThat(beforeSpringFestival.at().toLocalDate()).hasToString("2027-02-05");
        assertThat(beforeSpringFestival.provisional()).isTrue();
        assertThat(read("5个工作日内办结", ZonedDateTime.parse("2026-12-28T10:00:00+08:00")).provisional()).isTrue();
        assertThat(read("10个工作日内办结", december2026).provisional()).isFalse();
    }

    @Test
    void aPastDayWithoutItsYearIsNextYearsOnlyAcrossTheTurnOfTheYear() {
        ZonedDateTime june5 = ZonedDateTime.parse("2026-06-05T10:00:00+08:00[Asia/Shanghai]");
        assertThat(reader.read("6月3日冰雹致葡萄受灾约60亩，请派技术员指导", june5)).isEmpty();
        assertThat(reader.read("资料3月2号交到住建局，说是20个工作日办结，能不能快点", june5)).isEmpty();
        ZonedDateTime december10 = ZonedDateTime.parse("2026-12-10T10:00:00+08:00[Asia/Shanghai]");
        assertThat(read("1月15日之前要交年报材料", december10).at().toLocalDate()).hasToString("2027-01-15");
        assertThat(read("3月1号前得办下来", december10).at().toLocalDate()).hasToString("2027-03-01");
        assertThat(dayRead("8月10日前交材料")).hasToString("2023-08-10");
    }

    @Test
    void aLimitOrAnOrderPassedOnIsTheWritersDeadline() {
        ZonedDateTime may20 = ZonedDateTime.parse("2026-05-20T10:00:00+08:00[Asia/Shanghai]");
        assertThat(read("水务局说不办取水许可就封井 给的期限是六月底", may20).at().toLocalDate()).hasToString("2026-06-30");
        assertThat(read("镇里说是违建让年前拆掉，能不能来人核实一下", may20).rule()).isEqualTo("festival.before");
        assertThat(reader.read("供电所说是月底前给接上", may20)).isEmpty();
        assertThat(reader.read("月底资金压力大", may20)).isEmpty();
        assertThat(read("房管所说11月底合同到期不续了 能不能延半年", may20).at().toLocalDate()).hasToString("2026-11-30");
        ZonedDateTime april7 = ZonedDateTime.parse("2026-04-07T10:00:00+08:00[Asia/Shanghai]");
        assertThat(read("收医疗废物的公司说这周五不交钱就不收了", april7).at().toLocalDate()).hasToString("2026-04-10");
        assertThat(read("应急局来检查说一周内不检就得停用", april7).at().toLocalDate()).hasToString("2026-04-14");
        assertThat(reader.read("供电所说明天不停电", april7)).isEmpty();
    }

    @Test
    void aContractsTermIsNoDeadline() {
        ZonedDateTime april7 = ZonedDateTime.parse("2026-04-07T10:00:00+08:00[Asia/Shanghai]");
        assertThat(reader.read("合同约定结算审定后60天内付清，到现在一分钱没付", april7)).isEmpty();
        assertThat(reader.read("协议上写的验收合格后15个工作日内付款 现在半年了", april7)).isEmpty();
        assertThat(read("今天下的通知30天内整改", april7).at().toLocalDate()).hasToString("2026-05-07");
    }

    @Test
    void theTimeOfAnEventIsNoDeadline() {
        assertThat(reader.read("今天又停电了,冷库里的东西都要坏了", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("明天上午又要停水,能不能提前通知", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("周六突然断网了", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void aDateSomeoneElsePromisedIsNotTheWritersDeadline() {
        assertThat(reader.read("分红说好月底发 到现在也没动静", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("电信说这周内给开通", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("当时说二十个工作日 现在一个多月了", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("宽带和电视都坏了 报修说排到后天", FRIDAY_10AM)).isEmpty();
        // the writer's own request, a date the writer must meet, or a cutoff passed on stays a deadline
        assertThat(reader.read("能不能让他们月底前修好", FRIDAY_10AM)).isPresent();
        assertThat(reader.read("银行说下周五之前得把证明交过去", FRIDAY_10AM)).isPresent();
        assertThat(reader.read("村委会说没钱 明早8点前能不能推一下雪", FRIDAY_10AM)).isPresent();
        assertThat(dayRead("工信局说8月15号截止 我们材料还差一项 能不能宽限几天")).isEqualTo(java.time.LocalDate.of(2023, 8, 15));
        assertThat(dayRead("银行说下周四前不交材料贷款就黄了 麻烦镇里催催村里")).isEqualTo(java.time.LocalDate.of(2023, 8, 10));
        // what the other side promised to do by then is still theirs
        assertThat(reader.read("镇里写了欠条说今年年底前还 现在换了领导", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("对方打了欠条 说过年前给 现在人联系不上", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void aDayAskedForOpeningHoursIsNoDeadline() {
        assertThat(reader.read("区里公证处在哪 周六上班吗", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("能不能周六上午留个人", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("便民服务站能不能周六也开半天", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("明天上班前给个答复", FRIDAY_10AM)).isPresent();
    }

    @Test
    void whereSomethingStartedOrATimeThatHasComeIsNoDeadline() {
        assertThat(reader.read("医保刷卡从周一开始就连不上", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("说年底结账 现在又到年底了还没给", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void plainDatesAreNeverProvisional() {
        assertThat(read("2027年3月1日前完成", FRIDAY_10AM).provisional()).isFalse();
    }

    @Test
    void earliestDeadlineStillAheadWinsWhateverItsPositionInTheText() {
        StatedDeadline d = read("最晚月底,最好下周三前,实在不行8月10日前也行", FRIDAY_10AM);
        assertThat(d.phrase()).isEqualTo("下周三");
        assertThat(d.at().toLocalDate()).hasToString("2023-08-09");
    }

    @Test
    void pastDeadlineIsDroppedInFavourOfOneAhead() {
        ZonedDateTime saturday = ZonedDateTime.parse("2023-08-05T09:00:00+08:00");
        StatedDeadline d = read("这周五说好的没办,下周二前必须办完", saturday);
        assertThat(d.at().toLocalDate()).hasToString("2023-08-08");
    }

    @Test
    void messageDayIsTheDayInShanghai() {
        // 2023-08-04T20:00Z is Saturday 04:00 in Shanghai: 明天 is Sunday.
        StatedDeadline d = read("明天能来人吗", ZonedDateTime.parse("2023-08-04T20:00:00Z"));
        assertThat(d.at()).isEqualTo(ZonedDateTime.parse("2023-08-06T23:59:59+08:00[Asia/Shanghai]"));
    }

    @Test
    void hoursCountFromTheMessagesMinute() {
        StatedDeadline d = read("两小时内必须恢复供水", ZonedDateTime.parse("2023-08-04T10:17:42+08:00"));
        assertThat(d.at()).isEqualTo(ZonedDateTime.parse("2023-08-04T12:17:00+08:00[Asia/Shanghai]"));
        assertThat(d.timeOfDay()).isTrue();
    }

    @Test
    void longWorkingDayCountsAreRead() {
        assertThat(read("一百二十个工作日内完成", FRIDAY_10AM).rule()).isEqualTo("workdays.within");
    }

    @Test
    void textWithoutTimeWordsOrWithNonsenseIsNoDeadline() {
        assertThat(reader.read(null, FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("请问窗口在哪里", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("99月99日前", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("9999个工作日内", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("3000年1月1日前", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("号号号日日日月月月前前后后点点::::", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void unmaskedPhoneAndIdNumbersAreNotReadAsDates() {
        assertThat(reader.read("联系电话13812345678,身份证110105194912310021", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("订单号2023080412号", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void veryLongTextIsHandled() {
        String text = "厂区道路积水严重,".repeat(2000) + "下周一前处理";
        Optional<StatedDeadline> d = reader.read(text, FRIDAY_10AM);
        assertThat(d).map(StatedDeadline::phrase).contains("下周一");
    }

    @Test
    void aWeekFollowedByEveryDayIsNoSunday() {
        assertThat(reader.read("这礼拜天天晚上断网 一断就是俩小时 麻烦来修", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("这星期天天锁着门 能不能开一下", FRIDAY_10AM)).isEmpty();
        assertThat(read("这礼拜天天气好 能不能礼拜天之前来装", FRIDAY_10AM).at().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2023, 8, 6));
    }

    /**
     * The contract reads a cutoff the writer must meet as the deadline ("本月20号之前要交环评报告,能不能延期",
     * "2023年8月15日之前完成整改,否则罚款"), and an office naming it does not make it less one: the appeal must be
     * answered before the order falls due.
     */
    @Test
    void anOrderGivenToTheWriterIsTheDateTheyNeedAnAnswerBy() {
        assertThat(dayRead("环保局要求本月20号之前完成整改,能不能延期")).isEqualTo(java.time.LocalDate.of(2023, 8, 20));
        assertThat(dayRead("镇里说要整治 让我们月底前拆 损失谁管")).isEqualTo(java.time.LocalDate.of(2023, 8, 31));
        assertThat(dayRead("合同还有一年 现在让月底前搬走 这不合理啊")).isEqualTo(java.time.LocalDate.of(2023, 8, 31));
        assertThat(dayRead("生态环境局通知让我们25号之前把设备联网 厂家说月底才能来 能不能往后延延"))
                .isEqualTo(java.time.LocalDate.of(2023, 8, 25));
        assertThat(dayRead("要求12月底前结清 教体局能管吗")).isEqualTo(java.time.LocalDate.of(2023, 12, 31));
        assertThat(reader.read("银行让我们下周五前得把证明交过去 村里不给开", FRIDAY_10AM)).isPresent();
    }

    @Test
    void aTimeLimitAnOfficeSetCountsLikeWithin() {
        assertThat(dayRead("消防检查说疏散通道要改 限期十天 灯要半个月才到货")).isEqualTo(java.time.LocalDate.of(2023, 8, 14));
        assertThat(dayRead("应急局来检查 给了20天整改期 还要做安全评价 找谁做")).isEqualTo(java.time.LocalDate.of(2023, 8, 24));
        assertThat(dayRead("消防大队要求增加喷淋，整改期限一个月，能不能延长")).isEqualTo(java.time.LocalDate.of(2023, 9, 4));
        assertThat(dayRead("燃气公司说软管要换 限期一周 能不能自己找人换")).isEqualTo(java.time.LocalDate.of(2023, 8, 11));
        // A span that tells a rule, or a duration, is no limit set on the writer.
        assertThat(reader.read("HR说工伤认定申请期限是30天 我们已经超了几天 还能申请吗", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("整改做了十天了 复查怎么申请", FRIDAY_10AM)).isEmpty();
    }

    /** Days given as the time allowed ("给了三天时间", "也给的十天，…", "限三天"); money, leave and months are not. */
    @Test
    void daysGivenAsTheTimeAllowedCountLikeWithin() {
        assertThat(dayRead("城管来说招牌不合规要拆 给了三天时间 想问问到底哪里不合规")).isEqualTo(java.time.LocalDate.of(2023, 8, 7));
        assertThat(dayRead("我们牛场也接到通知了，也给的十天，哪来得及啊")).isEqualTo(java.time.LocalDate.of(2023, 8, 14));
        assertThat(dayRead("让我们把院里的货物堆场撤了 限三天 能不能先来人看看")).isEqualTo(java.time.LocalDate.of(2023, 8, 7));
        assertThat(reader.read("老板给了两个月的工资就跑了", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("厂里给了三天假 工人都回家了", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("我们也收到了，说一周限两天，车间取暖也是电锅炉", FRIDAY_10AM)).isEmpty();
    }

    /** A month's end set as the limit before it ("限期本月底", "要求本月底完成") is a deadline; a bare one is a season. */
    @Test
    void aMonthsEndSetAsALimitIsADeadline() {
        assertThat(dayRead("环保检查说要办排污许可登记，限期本月底，这个在哪个网站登？")).isEqualTo(java.time.LocalDate.of(2023, 8, 31));
        assertThat(dayRead("住建局要求本月底完成整改 材料还差一样")).isEqualTo(java.time.LocalDate.of(2023, 8, 31));
        assertThat(reader.read("本月底资金压力大 货款也收不回来", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void theDayANoticeWasIssuedIsNoDeadlineButTheLimitItSetIs() {
        // FRIDAY_10AM is 2023-08-04: thirty days from it is 2023-09-03.
        assertThat(dayRead("居民投诉到生态环境局，今天下的通知30天内整改，降噪做完找谁验收"))
                .isEqualTo(java.time.LocalDate.of(2023, 9, 3));
        assertThat(reader.read("城管今天开的罚单 我们不服 找谁申诉", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("周一贴的停水通知 说要停三天 店里咋办", FRIDAY_10AM)).isEmpty();
    }

    @Test
    void whatNearlyHappenedOrArrivedThatDayAndWhenSomethingStartsAreNoDeadlines() {
        assertThat(reader.read("隔壁两家为门口停车位天天吵 今天差点动手 社区给调解调解吧", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("前台今天接到个微信 冒充老板让转账 派出所能立案吗", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("明天起开始供暖了吧 热费今年涨没涨", FRIDAY_10AM)).isEmpty();
        // 起来 is no start; an ask by the day stays.
        assertThat(dayRead("明天起来就去办 能不能明天给办完")).isEqualTo(java.time.LocalDate.of(2023, 8, 5));
    }

    @Test
    void aWeekdayNamingTodayAMarketDayOrDaysAnOfficeIsClosedSetNoDeadline() {
        assertThat(reader.read("今天周日还上班 奶茶店门口下水道又堵了 城管能来看看不", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("深井周六集上的摊位都让那几个人占了 镇上能不能重新划一下", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("营业厅周日不上班 燃气卡充了不认 咋整", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("乡里的便民服务中心周六日不开门 我们平时走不开", FRIDAY_10AM)).isEmpty();
        // A weekday asked for stays a deadline.
        assertThat(dayRead("营业执照的事周一能办完不")).isEqualTo(java.time.LocalDate.of(2023, 8, 7));
    }

    @Test
    void aMonthsOrYearsEndNamedAsASeasonIsNoDeadline() {
        assertThat(reader.read("留抵退税交了一个多月了 年底资金压力大", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("今年年底的消费券活动 我们超市还能参加吗", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("医保结算月底对账总差几百块", FRIDAY_10AM)).isEmpty();
        assertThat(read("审计没完不能付款 我们月底要发工资", FRIDAY_10AM).rule()).isEqualTo("month.end");
        assertThat(read("许可证月底就到期了 去哪换", FRIDAY_10AM).rule()).isEqualTo("month.end");
        assertThat(read("月底有个标 之前能不能把信用修复完", FRIDAY_10AM).rule()).isEqualTo("month.end");
    }

    @Test
    void aFestivalNamingASeasonIsNoDeadline() {
        assertThat(reader.read("年前客流大 商厦的观光电梯年检排不上号 能不能协调一下", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("酒庄想在春节前后做个年货市集 要跟镇里报备什么", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("年前的汽车以旧换新补贴 商务局啥时候能拨下来", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("节后我们想开个分店 得重新办执照吗", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("燃气公司说不装报警器就停气 可年前正是办席的时候 停了咋整", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("工信局 年前最后一批清欠的款还有没有 城投欠我们八十多万", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("听说年前有一批消费券要发 我们超市今年还能报名吗", FRIDAY_10AM)).isEmpty();
        // asked by the festival, it stays a deadline
        assertThat(read("年前能不能把拖欠的工资发了", FRIDAY_10AM).rule()).isEqualTo("festival.before");
        assertThat(read("元旦前想上市 现场审查一直没来人", FRIDAY_10AM).rule()).isEqualTo("festival.before");
        assertThat(read("节前得批下来", FRIDAY_10AM).rule()).isEqualTo("festival.before");
    }

    @Test
    void daysListedOneAfterAnotherAreNoDeadline() {
        assertThat(reader.read("农贸市场管理费乱收 今天五块明天十块", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("村支书今天说明天 明天说后天 镇上能不能督促一下", FRIDAY_10AM)).isEmpty();
        assertThat(read("明天大集 今天能弄好吗", FRIDAY_10AM).at().toLocalDate()).isEqualTo(FRIDAY_10AM.toLocalDate());
    }

    @Test
    void todayAsksOnlyInItsOwnClauseWhereSpacesEndClauses() {
        assertThat(reader.read("合同还没到期 村里又租给了别人 人家今天来撬锁了", FRIDAY_10AM)).isEmpty();
        assertThat(reader.read("电信说这周内给开通 今天都周四了还没动静", FRIDAY_10AM)).isEmpty();
        assertThat(read("联网直报一直报错 今天是最后一天了 统计局能不能帮看下", FRIDAY_10AM).rule())
                .isEqualTo("day.relative");
    }

    @Test
    void theEndOfThisWeekWithABeforeIsItsSunday() {
        assertThat(read("楼道灯坏了一年了 社区能不能给修一下 这周末前", FRIDAY_10AM).at().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2023, 8, 6));
        assertThat(read("下周末之前能不能来人看看", FRIDAY_10AM).at().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2023, 8, 13));
        assertThat(reader.read("能不能来人看看 周末客人多", FRIDAY_10AM)).isEmpty();
        assertThat(read("月末前把补贴发了", FRIDAY_10AM).at().toLocalDate()).isEqualTo(java.time.LocalDate.of(2023, 8, 31));
    }

    @Test
    void aReportLaterInTheMessageDoesNotMakeAnEarlierRequestPast() {
        ZonedDateTime saturday = ZonedDateTime.parse("2023-08-05T10:20:00+08:00[Asia/Shanghai]");
        StatedDeadline d = read("暖气不热 周一上午10点前得有人来 老人都冻感冒了", saturday);
        assertThat(d.at().toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2023, 8, 7, 10, 0));
        assertThat(reader.read("周一就交了 到现在没动静", saturday)).isEmpty();
    }

    @Test
    void aTimeSomeoneElseSaysItTakesIsNoDeadline() {
        StatedDeadline d = read("供水公司报装说要十五个工作日 能不能快点 月底之前能通上水吗", FRIDAY_10AM);
        assertThat(d.rule()).isEqualTo("month.end");
    }

    @Test
    void aFestivalNamingWhatWasDoneThenIsNoDeadline() {
        ZonedDateTime march = shanghai("2026-03-04T10:00");
        assertThat(reader.read("猪场年前打的口蹄疫疫苗 补助到现在还没发", march)).isEmpty();
        assertThat(reader.read("节前装的燃气表 一直不走字", march)).isEmpty();
        // "年前要的" looks ahead: what the writer needs by then
        assertThat(read("年前要的那批货款能不能先结一半", shanghai("2026-01-12T10:00"))
                .rule()).isEqualTo("festival.before");
    }

    @Test
    void theOtherSidesAssuranceOfAFestivalIsNoDeadlineButAnOrderWithItIs() {
        ZonedDateTime january = shanghai("2026-01-12T10:00");
        assertThat(reader.read("工程款拖了一年 对方说年前一定给 年年都这么说", january)).isEmpty();
        assertThat(reader.read("甲方说节前肯定到账 到现在没动静", january)).isEmpty();
        assertThat(reader.read("说好上个月还 现在又说年前再给一部分", january)).isEmpty();
        assertThat(read("社保中心说年前一定要把材料交上 不然影响报销", january).rule()).isEqualTo("festival.before");
    }

    @Test
    void aBusySeasonOrAGuessAtAFestivalIsNoDeadline() {
        ZonedDateTime january = shanghai("2026-01-12T10:00");
        assertThat(reader.read("宾馆的热水器老出问题 年前住客多 能不能让燃气公司来看看", january)).isEmpty();
        assertThat(reader.read("登记系统在升级 年前住的人多，这样会不会被罚", january)).isEmpty();
        assertThat(reader.read("门口的电线耷拉下来了 年前车多进进出出的 太危险 供电所来看看", january)).isEmpty();
        // the licence runs out on 3月1号; what cannot be done before the festival is a guess, not the deadline
        assertThat(read("排污许可3月1号到期 换证要做检测 这个年前肯定做不出来 能不能先延续", january).at().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(read("年前能不能把路修好", january).rule()).isEqualTo("festival.before");
        assertThat(read("年前必须把工资发到位 工人多", january).rule()).isEqualTo("festival.before");
    }

    @Test
    void howThingsStandAfterAFestivalIsNoDeadline() {
        ZonedDateTime march = shanghai("2026-03-20T10:00");
        assertThat(reader.read("节后招不上人 饭店就俩服务员 人社局的招聘会能去吗", march)).isEmpty();
        assertThat(reader.read("节后不让在门口摆了 俺们卖啥", march)).isEmpty();
        assertThat(read("节后第一天来验收行不行", march).rule()).isEqualTo("festival.after");
        assertThat(read("账户被冻结了 节后第一个工作日能不能去解冻", march).rule()).isEqualTo("festival.after");
    }

    @Test
    void anObligationAFewWordsAfterAMonthsEndMakesItTheDeadline() {
        ZonedDateTime november = shanghai("2026-11-10T10:00");
        assertThat(read("货款收不回来 月底工资必须发 能不能帮着协调个贷款", november).at().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(reader.read("月底对账总差几百块 不知道咋回事", november)).isEmpty();
    }

    @Test
    void aFestivalJustPassedIsThePastNotNextYears() {
        ZonedDateTime tenDaysAfterTheSpringFestivalsDaysOff = shanghai("2026-03-05T10:00");
        assertThat(reader.read("节后一复工 村里就来堵门 说俺们放炮震裂了房子", tenDaysAfterTheSpringFestivalsDaysOff)).isEmpty();
        assertThat(reader.read("年前交的材料到现在没信 年后第一个工作日就去问过", tenDaysAfterTheSpringFestivalsDaysOff)).isEmpty();
        // weeks later "年前" is the coming one again
        assertThat(read("年前能不能把欠款结了", shanghai("2026-04-20T10:00")).at()
                .toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 5));
        // between 中秋 (days off 09-25 … 09-27) and 国庆 a bare 节前 is 国庆's
        assertThat(read("节前能不能把工资发了", shanghai("2026-09-28T10:00")).at()
                .toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        // after 元旦 a bare 节 is the Spring Festival ahead
        assertThat(read("补贴能不能节前给发了 社员还等着钱过年呢", shanghai("2026-01-12T10:00"))
                .at().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(reader.read("评价公司年前年后都没人 换证咋办", shanghai("2026-01-10T10:00")))
                .isEmpty();
    }

    @Test
    void howOftenSomethingHappenedWithinASpanIsNoDeadline() {
        ZonedDateTime november = shanghai("2026-11-05T14:00");
        assertThat(reader.read("厂区专线近期频繁跳闸，一周内跳了四次，请供电公司排查线路", november)).isEmpty();
        assertThat(reader.read("三天内停了好几回电 冷库受不了", november)).isEmpty();
        assertThat(read("一周内能不能来查一下线路", november).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    void aNoticePutUpTodayIsAnEventAndItsTimeAllowedTheDeadline() {
        ZonedDateTime june = shanghai("2026-06-03T09:20");
        assertThat(read("社区今天贴通知说后巷要封闭改造，让三天内把车和东西挪走，能不能延几天", june).at().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 6, 6));
    }

    @Test
    void aPromiseWithSaidOrClaimedIsNoDeadlineButAThreatMakesItACutoff() {
        ZonedDateTime september = shanghai("2026-09-18T09:10");
        assertThat(reader.read("配电工程款23万拖欠一年半，学校称年底前付清，请纳入清欠台账跟进", september)).isEmpty();
        assertThat(reader.read("电信说这周内给开通 到现在没动静", september)).isEmpty();
        assertThat(read("车被林业站扣了，林业站说半个月内把手续补上，不然车不放", shanghai("2026-04-15T10:40"))
                .at().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(read("通知称28号前交齐材料", september).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void theOtherSidesVisitByADateIsTheirPromise() {
        ZonedDateTime january = shanghai("2026-01-26T10:00");
        assertThat(reader.read("供电所说这周五前来看，也没个准信。俺们到底找谁", january)).isEmpty();
        assertThat(read("能不能这周五前来看看", january).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 30));
    }

    @Test
    void aDayEveryYearOrFromThenOnIsNoDeadline() {
        ZonedDateTime october = shanghai("2026-10-09T10:00");
        assertThat(reader.read("国庆期间酒店住满了，往年10月15号以后才供暖，能不能提前供暖？", october)).isEmpty();
        assertThat(reader.read("11月1号以后才让进货车 我们咋办", october)).isEmpty();
        assertThat(read("10月15号前能不能供暖", october).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void thatDayIsThePastOnlyForADayThatCouldBeAPastOne() {
        ZonedDateTime june = shanghai("2026-06-03T10:00");
        assertThat(read("想6月12号那天在社区小广场办个读书会，要不要街道同意？", june).at().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(reader.read("5月28号那天来过一次 再没来", june)).isEmpty();
    }

    @Test
    void aCustomersThreatWithAgainIsACutoffOnTheWriter() {
        ZonedDateTime july = shanghai("2026-07-15T10:00");
        assertThat(read("客户说下周一再不给答复就去12315投诉", july).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 20));
    }

    @Test
    void aPlanForAfterTheFestivalNamesIt() {
        ZonedDateTime february = shanghai("2026-02-11T10:00");
        assertThat(read("我们打算节后第一个工作日开业", february).at().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(read("我们节后第一个工作日开业 证能下来吗", february).at().toLocalDate())
                .isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(reader.read("调节后第一个工作日开业", february)).isEmpty();
        // the work a festival brings is its season
        assertThat(reader.read("分拨中心在东外环，年前件量大，货车白天不让进城，能不能给办个通行证", shanghai("2026-01-20T10:00")))
                .isEmpty();
    }

    /** A message's time in Asia/Shanghai, {@code 2026-01-12T10:00}. */
    private static ZonedDateTime shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai"));
    }
}
