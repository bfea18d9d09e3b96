package cn.xuanhua.bot.core.intake;

import cn.xuanhua.bot.core.calendar.OfficialCalendar;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.seed.SeedDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.xuanhua.bot.core.support.AppealFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

class MeTooTest {
    private static final Intake INTAKE = new Intake(SeedDictionary.load(), OfficialCalendar.calendar());
    private static final ChatGroup NANGUAN = SeedDictionary.groups().get("tw-nanguan");
    private static final ZonedDateTime NOW = at("2026-11-26T10:15");

    @ParameterizedTest
    @ValueSource(strings = {"我们这也是，天天堵", "我们也停了，客人头剪一半😭", "俺们这也停了，豆子都泡上了，下午三点前不来电就全坏了",
            "同问，我们洋河南那个工地也没信号", "我们也出不去 十点前必须把货送到宣钢 咋整", "村东头都这样，俺们店晚上一开灯就暗",
            "+1", "我家也没水", "俺们也收到单子了，让20号前整改，设备也没到", "俺这也天天跳，昨儿跳了五回",
            "我们这边街对面的桶也是，猫狗都在翻", "一样 洗车的活全停了", "我也是，上周四交的，还没受理，装修都完了就等证",
            "我们也停了，已经三个小时了", "我们也停了，得找谁啊", "俺家也停了！面都和好了没水咋整",
            "我们家那个保鲜库的补贴也没发，去年十月验收的",
            "@王哥 我们也是，天天堵", "我们家上个月也丢了两只，报了警到现在也没下文"})
    void aMemberSayingTheirBusinessHasItTooIsAMeToo(String text) {
        assertThat(MeToo.says(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "我们也是，听说是管网检修，下午就好了",          // passes on what was heard
            "我们这边也停了，供电所说10点前恢复",            // passes on what someone said
            "我们上次也是 打电话找监管所 给插了个队",        // an experience before, advice
            "我之前也是 打12366让他们后台调了一下",
            "我们上周也遇到过，清一下浏览器缓存换谷歌浏览器就好了",
            "我们家的营业执照也是上周办的,挺顺利",
            "我们村也是自来水冻了 得找水务局农水股 他们管村里的井",
            "我们都是正规进货的，别瞎说",
            "我们门口也有，谢谢李队",                         // thanks: the thread is being handled
            "我们这也是，早上刚好了",
            "刘哥，俺家也是，我问了供电所，说这片台区变压器负荷大",  // addressed to a member, passing on
            "吓人，我们也得装个监控了",
            "前年我们增容也等了半年，后来工信局出面协调快了不少",
            "俺家也是联通的 你重启下光猫试试",               // advice to the other member
            "我们也想问一下，食品经营许可证延续在哪办",      // a question of its own, not the same trouble
            "我们店门口的下水道堵了,污水漫到路上了,麻烦尽快来疏通一下", // an account of its own
            "谢谢大家"})
    void anythingElseIsNot(String text) {
        assertThat(MeToo.says(text)).isFalse();
    }

    @Test
    void aLongAccountIsJudgedOnItsOwnWords() {
        assertThat(MeToo.says("我们也是" + "门口的路灯坏了很久了一直没人修".repeat(5))).isFalse();
    }

    private static MeToo.Recent<String> made(String key, String writer, ZonedDateTime at, String category) {
        return new MeToo.Recent<>(key, new HashSet<>(Set.of(writer)), at, category);
    }

    private static IntakeDraft read(String text) {
        return INTAKE.assess(text, NOW, NANGUAN, SenderContext.OWNER);
    }

    @Test
    void itJoinsTheNewestAppealOfTheLastHourThatIsNotTheWritersOwn() {
        String text = "我们这也是，天天堵";
        List<MeToo.Recent<String>> recent = List.of(made("older", "boss.li", NOW.minusMinutes(40), "urban"),
                made("newer", "boss.zhou", NOW.minusMinutes(10), "urban"),
                made("mine", "boss.wu", NOW.minusMinutes(5), "urban"),
                made("too-old", "boss.qian", NOW.minusMinutes(61), "urban"));
        assertThat(MeToo.joins(text, read(text), "boss.wu", NOW, recent)).map(MeToo.Recent::key).hasValue("newer");
        assertThat(MeToo.joins(text, read(text), "boss.wu", NOW, List.of(recent.get(2), recent.get(3)))).isEmpty();
        assertThat(MeToo.joins("谢谢大家", read("谢谢大家"), "boss.wu", NOW, recent)).isEmpty();
    }

    @Test
    void aMatterOfItsOwnOfAnotherCategoryJoinsNothing() {
        String text = "我们也没水了，自来水管爆了";
        IntakeDraft own = read(text);
        assertThat(own.matterCode()).as("the catalogue places the reply itself").isNotNull();
        assertThat(own.appeal()).as("an appeal on its own words").isTrue();
        String itsCategory = own.category().code();
        assertThat(MeToo.joins(text, own, "boss.wu", NOW,
                List.of(made("a", "boss.li", NOW.minusMinutes(5), itsCategory)))).isPresent();
        assertThat(MeToo.joins(text, own, "boss.wu", NOW,
                List.of(made("a", "boss.li", NOW.minusMinutes(5), "not-" + itsCategory)))).isEmpty();
    }

    /** Read alone it is no appeal, so what it names does not keep it from the thread (a village's water cut, 供水). */
    @Test
    void aReplyNoAppealOnItsOwnJoinsWhateverItNames() {
        String text = "我们也是，下午三点以后水管子就干了";
        IntakeDraft alone = read(text);
        assertThat(alone.appeal()).isFalse();
        assertThat(MeToo.joins(text, alone, "boss.wu", NOW,
                List.of(made("a", "boss.li", NOW.minusMinutes(5), "not-" + alone.category().code())))).isPresent();
    }
}
