package cn.xuanhua.bot.admin.bench;

import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The group messages of {@code scripts/bench-callback}, as a township group sends them: each from a different business
 * owner, each validly encrypted as WeCom's AI-bot callback carries it. Appeals are each business's own matter (a
 * licence, a subsidy, an invoice, a worker's social insurance) with the shop's name and details varied, so no two are
 * the same problem and 并单 joins none of them: every appeal message makes an appeal. Messages are spread over the
 * district's groups at random. Chatter is what members
 * write besides (thanks, greetings, answers), which intake reads and leaves alone.
 */
final class BenchTraffic {
    static final String TOKEN = "benchToken123";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    /** The chat id the benchmark binds a group to. */
    static String chatIdOf(String groupCode) {
        return "wrBench-" + groupCode;
    }

    private static final String[] SHOPS = {"福源超市", "老李面馆", "兴达五金", "宏发汽修", "美佳服装", "康宁药店", "金穗粮油",
            "顺风快递点", "鑫鑫建材", "春晖幼儿托管", "德和茶庄", "聚宝斋古玩", "红星家电", "和平旅馆", "丰收农资", "晨光文具"};
    private static final String[] ITEMS = {"预包装食品", "日用百货", "小型家电维修", "办公用品", "劳保用品", "农副产品",
            "茶叶", "建材五金", "二手家具", "宠物用品"};
    private static final String[] APPEALS = {
            "我是{shop}的, 营业执照要变更经营范围, 增加{item}销售, 需要准备哪些材料? 麻烦尽快答复",
            "{shop}去年申请的{item}展销补贴到现在还没有发下来, 麻烦帮忙问问什么时候能到账",
            "{shop}的电子发票开不出来了, 税务系统一直提示错误代码{n}, 着急给客户开票, 请税务局帮忙看看",
            "我们{shop}有{n}个员工的社保转移手续一直办不下来, 请人社局帮忙看一下卡在哪个环节",
            "{shop}的食品经营许可证下个月到期了, 续期去哪里办? 经营{item}的要不要重新现场核查",
            "{shop}招了{n}个残疾人员工, 听说有岗位补贴, 申请流程是什么, 找哪个部门",
            "{shop}想申请创业担保贷款扩大{item}经营, 额度和贴息政策是怎样的, 麻烦给个答复",
            "我是{shop}老板, 上个月被罚款的处罚决定书对事实认定有异议, 想申请复议, 怎么办理, 编号{n}",
    };
    private static final String[] CHATTER = {"收到, 谢谢{shop}", "好的, 明白了", "大家早上好",
            "{shop}说得对, 我们也是这么办的", "谢谢街道的工作人员, 辛苦了", "今天天气不错, 生意好做", "已经看到通知了, 谢谢",
            "{shop}, 你家今天开门吗"};

    private final WxCryptUtil wecomSide = new WxCryptUtil(TOKEN, AES_KEY, "");
    private final List<String> bases;
    private final List<String> groupCodes;
    private final String wecomBase;
    private final SplittableRandom random = new SplittableRandom(20261126);

    /**
     * @param bases      the instances' base URLs; messages go to them in turn, as a load balancer would send them
     * @param groupCodes the groups the messages are spread over, as a district's owners write in their own groups
     */
    BenchTraffic(List<String> bases, List<String> groupCodes, String wecomBase) {
        this.bases = bases;
        this.groupCodes = groupCodes;
        this.wecomBase = wecomBase;
    }

    /**
     * {@code count} messages, encrypted now rather than during the measured phase (the client's own AES work on
     * the shared cores would otherwise be charged to the callback), handed out one by one; thread-safe.
     *
     * @param appealShare the share of appeals among them, e.g. 0.5 for half appeals, half chatter
     */
    Supplier<HttpRequest> prepared(int count, double appealShare) {
        List<HttpRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(message(i, appealShare));
        }
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement();
            return i < count ? requests.get(i) : message(i, appealShare);
        };
    }

    /** The URL check of each instance in turn (one encrypted echo, reused). */
    Supplier<HttpRequest> urlCheck() {
        WxCryptUtil.EncryptContext echo = wecomSide.encryptContext("echo-" + UUID.randomUUID());
        List<HttpRequest> checks = bases.stream().map(base -> HttpRequest.newBuilder(URI.create(base
                + "/wecom/aibot/callback?" + query(echo) + "&echostr="
                + URLEncoder.encode(echo.getEncrypt(), StandardCharsets.UTF_8))).GET().build()).toList();
        AtomicInteger next = new AtomicInteger();
        return () -> checks.get(Math.floorMod(next.getAndIncrement(), checks.size()));
    }

    private synchronized HttpRequest message(int i, double appealShare) {
        // Spread evenly: with a share of 0.5 every other message is an appeal.
        boolean appeal = Math.floor((i + 1) * appealShare) > Math.floor(i * appealShare);
        String text = appeal ? appealText() : chatter();
        String msgId = UUID.randomUUID().toString().replace("-", "");
        String chatId = chatIdOf(groupCodes.get(random.nextInt(groupCodes.size())));
        String json = "{\"msgid\":\"" + msgId + "\",\"aibotid\":\"bench\",\"chatid\":\"" + chatId + "\","
                + "\"chattype\":\"group\",\"from\":{\"userid\":\"owner-" + msgId.substring(0, 10) + "\"},"
                + "\"response_url\":\"" + wecomBase + "/aibot/response/" + msgId + "\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\"@诉求助手 " + text + "\"}}";
        WxCryptUtil.EncryptContext c = wecomSide.encryptContext(json);
        String base = bases.get(i % bases.size());
        return HttpRequest.newBuilder(URI.create(base + "/wecom/aibot/callback?" + query(c)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"encrypt\":\"" + c.getEncrypt() + "\"}")).build();
    }

    private String appealText() {
        return fill(APPEALS[random.nextInt(APPEALS.length)]);
    }

    private String chatter() {
        return fill(CHATTER[random.nextInt(CHATTER.length)]);
    }

    private String fill(String template) {
        return template.replace("{shop}", SHOPS[random.nextInt(SHOPS.length)])
                .replace("{item}", ITEMS[random.nextInt(ITEMS.length)])
                .replace("{n}", Integer.toString(2 + random.nextInt(900)));
    }

    private static String query(WxCryptUtil.EncryptContext c) {
        return "msg_signature=" + c.getSignature() + "&timestamp=" + c.getTimeStamp() + "&nonce="
                + URLEncoder.encode(c.getNonce(), StandardCharsets.UTF_8);
    }
}
