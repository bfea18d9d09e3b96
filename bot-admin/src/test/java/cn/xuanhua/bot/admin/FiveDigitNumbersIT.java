package cn.xuanhua.bot.admin;

import cn.xuanhua.bot.admin.support.Await;
import cn.xuanhua.bot.admin.support.BotInstance;
import cn.xuanhua.bot.admin.support.WeComBot;
import cn.xuanhua.bot.wecom.fake.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A busy day on MariaDB, through the real AI-bot callback: the day's 9,999th, 10,000th and 10,001st appeals are all
 * made, the last two with five-digit sequences, and {@code 查询} finds them by their full number. The 10,000th used to
 * fail, and every appeal of that day after it.
 */
class FiveDigitNumbersIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static WeComBot it;

    @BeforeAll
    static void start() {
        it = WeComBot.start("numbers");
        it.bind("tw-nanguan", "wrNumbersIT", "key-numbers-it-0001");
    }

    @AfterAll
    static void stop() {
        it.close();
    }

    @Test
    void theTenThousandthAppealOfADayAndTheOneAfterItGetFiveDigitNumbersThatQueryFinds() {
        BotInstance bot = it.bot();
        LocalDate today = LocalDate.now(bot.bean(Clock.class));
        bot.db().update("INSERT INTO appeal_day_sequence (seq_date, last_value) VALUES (?, 9998)", today);
        String[] texts = {"南关街口的路灯坏了三天了,晚上很黑,麻烦尽快修一下", "我们店门口的下水道堵了两天了,污水漫到路上,请帮忙疏通",
                "小区东门外的井盖丢了,晚上很危险,请尽快补上"};
        List<String> numbers = new ArrayList<>();
        for (String text : texts) {
            var sent = it.driver().groupMessage("wrNumbersIT", "zhang.boss", text);
            assertThat(sent.response().statusCode()).isEqualTo(200);
            numbers.add(Await.value("the appeal of " + sent.msgId(), WAIT, () -> bot.db().queryForList(
                    "SELECT number FROM appeal WHERE source_message_id = ?", String.class, "aibot:" + sent.msgId())
                    .stream().findFirst().orElse(null)));
        }

        String day = "XH" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(numbers).containsExactly(day + "-9999", day + "-10000", day + "-10001");
        assertThat(bot.db().queryForObject("SELECT COUNT(*) FROM inbox_message WHERE status = 'FAILED'", Integer.class))
                .isZero();

        var query = it.driver().groupMessage("wrNumbersIT", "zhang.boss", "查询 " + day + "-10001");
        Delivery answer = it.wecom().awaitDelivery(d -> d.kind() == Delivery.Kind.REPLY && d.target().equals(query.msgId()),
                WAIT);
        assertThat(answer.content()).contains(day + "-10001").doesNotContain("未找到", "格式不正确");

        assertThat(bot.admin().get("/api/appeals/" + day + "-10000").statusCode()).isEqualTo(200);
        assertThat(bot.admin().getHtml("/appeals/" + day + "-10001").statusCode()).isEqualTo(200);
        assertThat(bot.admin().get("/api/appeals?q=-10001").body()).contains(day + "-10001")
                .doesNotContain(day + "-10000");
    }
}
