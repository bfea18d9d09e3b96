package cn.xuanhua.bot.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskingTest {

    @Test
    void masksWebhookKeysTokensAndSecretsInUrls() {
        String line = "【请求地址】: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa "
                + "and /cgi-bin/message/send?access_token=ACCESS123&debug=1 and gettoken?corpid=ww1&corpsecret=S3cr3t";
        String masked = SecretMasking.mask(line);
        assertThat(masked).doesNotContain("693a91f6", "ACCESS123", "S3cr3t")
                .contains("key=***", "access_token=***", "corpsecret=***", "corpid=ww1", "debug=1");
    }

    @Test
    void masksSecretsInJsonFields() {
        String masked = SecretMasking.mask("{\"webhookKey\":\"abc-123\",\"chatId\":\"wr1\",\"password\": \"p@ss\"}");
        assertThat(masked).doesNotContain("abc-123", "p@ss").contains("\"chatId\":\"wr1\"");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SecretMasking.mask("appeal XH20261126-0007 accepted by liu.hr")).isEqualTo("appeal XH20261126-0007 accepted by liu.hr");
        assertThat(SecretMasking.mask(null)).isNull();
    }
}
