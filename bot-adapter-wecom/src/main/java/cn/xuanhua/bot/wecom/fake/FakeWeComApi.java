package cn.xuanhua.bot.wecom.fake;

import cn.xuanhua.bot.core.Secret;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stand-in for the parts of WeCom's server API the bot calls: token, group robot webhook, app message (text,
 * markdown, template cards, whose taps it can play with {@link #tap}, and their updates), appchat,
 * customer-group template, and AI-bot response_url replies (one use each). It answers the way WeCom does
 * ({@code {"errcode":0,...}}; 40013 for an unknown CorpID, 40001 for a wrong secret, 40014 for an unknown token) and
 * records what it accepted. The sandbox serves it under {@code /sandbox/qyapi}
 * and the integration tests behind a plain HTTP server; it knows nothing of HTTP itself.
 */
public class FakeWeComApi {
    /** An answer: HTTP status and JSON body. */
    public record Answer(int status, String body) {
        static Answer ok(String json) {
            return new Answer(200, json);
        }

        static Answer error(int code, String message) {
            return new Answer(200, "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}");
        }
    }

    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private final ObjectMapper json = new ObjectMapper();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final List<Consumer<Delivery>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> usedReplies = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenFetches = new AtomicInteger();
    private final Map<String, String> customerGroups = new ConcurrentHashMap<>();
    private final Map<String, String> oauthCodes = new ConcurrentHashMap<>();
    private final Map<String, String> people = new ConcurrentHashMap<>();
    /** Task id of every card sent, and to whom. */
    private final Map<String, String> cards = new ConcurrentHashMap<>();
    /** Response codes handed out by taps, and which tap. */
    private final Map<String, Tap> taps = new ConcurrentHashMap<>();
    private final Set<String> usedResponseCodes = ConcurrentHashMap.newKeySet();
    private final String corpId;
    private final Secret corpSecret;

    /**
     * @param corpId     the only CorpID {@code gettoken} accepts
     * @param corpSecret the only secret it accepts: the fake is reachable by anyone who reaches the bot (the sandbox
     *                   serves it without a log-in, as WeCom's API is), so like WeCom it hands out tokens only for
     *                   the right secret, and every other call needs a token it handed out
     */
    public FakeWeComApi(String corpId, Secret corpSecret) {
        this.corpId = corpId;
        this.corpSecret = corpSecret;
    }

    /** Handles one call; {@code path} is relative to the API base, e.g. {@code /cgi-bin/webhook/send}. */
    public Answer handle(String method, String path, Map<String, String> query, String body) {
        if (path.equals("/cgi-bin/gettoken")) {
            return token(query);
        }
        if (path.equals("/cgi-bin/webhook/send")) {
            return webhook(query.get("key"), body);
        }
        if (path.startsWith("/aibot/response/")) {
            return reply(path.substring("/aibot/response/".length()), body);
        }
        if (!issuedTokens.contains(query.getOrDefault("access_token", ""))) {
            return Answer.error(40014, "invalid access_token");
        }
        return switch (path) {
            case "/cgi-bin/message/send" -> appMessage(body);
            case "/cgi-bin/message/update_template_card" -> updateCard(read(body));
            case "/cgi-bin/appchat/send" -> appChat(body);
            case "/cgi-bin/externalcontact/add_msg_template" -> customerGroup(body);
            case "/cgi-bin/externalcontact/groupchat/get" -> groupChat(body);
            case "/cgi-bin/auth/getuserinfo" -> oauthUser(query.get("code"));
            case "/cgi-bin/user/get" -> member(query.get("userid"));
            case "/cgi-bin/externalcontact/get" -> externalContact(query.get("external_userid"));
            default -> new Answer(404, "{\"errcode\":404,\"errmsg\":\"no such api\"}");
        };
    }

    /** A fresh one-use reply path for an AI-bot message, relative to the API base. */
    public String newReplyPath() {
        return "/aibot/response/" + UUID.randomUUID();
    }

    /** What {@code groupchat/get} answers for a customer group: its owner and member userids (staff first). */
    public void setCustomerGroup(String chatId, String owner, List<String> staff, List<String> customers) {
        StringBuilder members = new StringBuilder();
        staff.forEach(u -> members.append(members.length() == 0 ? "" : ",")
                .append("{\"userid\":\"").append(u).append("\",\"type\":1,\"join_time\":1795000000}"));
        customers.forEach(u -> members.append(members.length() == 0 ? "" : ",")
                .append("{\"userid\":\"").append(u).append("\",\"type\":2,\"join_time\":1795000000}"));
        customerGroups.put(chatId, "{\"errcode\":0,\"errmsg\":\"ok\",\"group_chat\":{\"chat_id\":\"" + chatId
                + "\",\"name\":\"group\",\"owner\":\"" + owner + "\",\"create_time\":1795000000,\"member_list\":["
                + members + "]}}");
    }

    /**
     * What WeCom's authorize page does for a member who opens the app's page: a one-use code for them, which
     * {@code auth/getuserinfo} turns into their userid.
     */
    public String issueOAuthCode(String userId) {
        String code = "code-" + UUID.randomUUID();
        oauthCodes.put(code, userId);
        return code;
    }

    /**
     * Registers a person's name in the directory: {@code user/get} answers it for a member of the enterprise,
     * {@code externalcontact/get} for an external contact (a userid starting with wm or wo).
     */
    public void setPerson(String userId, String name) {
        people.put(userId, name);
    }

    public void onDelivery(Consumer<Delivery> listener) {
        listeners.add(listener);
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public int tokenFetches() {
        return tokenFetches.get();
    }

    public void reset() {
        deliveries.clear();
        tokenFetches.set(0);
    }

    private Answer token(Map<String, String> query) {
        String secret = query.getOrDefault("corpsecret", "");
        if (!query.getOrDefault("corpid", "").equals(corpId) || secret.isEmpty()) {
            return Answer.error(40013, "invalid corpid");
        }
        if (!corpSecret.isSet() || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                corpSecret.reveal().getBytes(StandardCharsets.UTF_8))) {
            return Answer.error(40001, "invalid credential");
        }
        tokenFetches.incrementAndGet();
        String token = "fake-token-" + UUID.randomUUID();
        issuedTokens.add(token);
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + token + "\",\"expires_in\":7200}");
    }

    private Answer webhook(String key, String body) {
        if (key == null || key.isEmpty()) {
            return Answer.error(93000, "invalid webhook url");
        }
        JsonNode m = read(body);
        String type = m.path("msgtype").asText();
        List<String> mentions = new ArrayList<>();
        m.path("text").path("mentioned_list").forEach(n -> mentions.add(n.asText()));
        record(new Delivery(Delivery.Kind.WEBHOOK, key, type, contentOf(m, type), mentions));
        return Answer.ok(OK);
    }

    private Answer reply(String id, String body) {
        if (!usedReplies.add(id)) {
            return Answer.error(93017, "response_url already used");
        }
        JsonNode m = read(body);
        String type = m.path("msgtype").asText();
        record(new Delivery(Delivery.Kind.REPLY, id, type, contentOf(m, type), List.of()));
        return Answer.ok(OK);
    }

    private Answer appMessage(String body) {
        JsonNode m = read(body);
        String type = m.path("msgtype").asText();
        if ("template_card".equals(type)) {
            return templateCard(m);
        }
        record(new Delivery(Delivery.Kind.APP_MESSAGE, m.path("touser").asText(), type, contentOf(m, type), List.of()));
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"" + UUID.randomUUID() + "\"}");
    }

    /**
     * A template card: WeCom wants a task id never used before by the app, and a {@code button_interaction} card
     * needs buttons, each with a key.
     */
    private Answer templateCard(JsonNode m) {
        JsonNode c = m.path("template_card");
        String taskId = c.path("task_id").asText();
        if (taskId.isEmpty() || !"button_interaction".equals(c.path("card_type").asText())
                || !c.path("button_list").isArray() || c.path("button_list").isEmpty()) {
            return Answer.error(40058, "invalid template_card");
        }
        String user = m.path("touser").asText();
        if (cards.putIfAbsent(taskId, user) != null) {
            return Answer.error(40058, "task_id already exists");
        }
        List<Delivery.Choice> buttons = new ArrayList<>();
        c.path("button_list").forEach(b -> buttons.add(new Delivery.Choice(b.path("key").asText(), b.path("text").asText())));
        List<Delivery.Choice> options = new ArrayList<>();
        JsonNode selection = c.path("button_selection");
        selection.path("option_list").forEach(o -> options.add(new Delivery.Choice(o.path("id").asText(), o.path("text").asText())));
        StringBuilder text = new StringBuilder(c.path("main_title").path("title").asText());
        appendLine(text, c.path("main_title").path("desc").asText());
        appendLine(text, c.path("quote_area").path("quote_text").asText());
        c.path("horizontal_content_list").forEach(h -> appendLine(text, h.path("keyname").asText() + ": " + h.path("value").asText()));
        record(new Delivery(Delivery.Kind.APP_MESSAGE, user, "template_card", text.toString(), List.of(),
                new Delivery.Card(taskId, buttons, selection.path("question_key").asText(null), options, null)));
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"" + UUID.randomUUID()
                + "\",\"response_code\":\"" + UUID.randomUUID() + "\"}");
    }

    /**
     * {@code update_template_card}: only with a response code a tap handed out, once; the card of the person who
     * tapped is replaced.
     */
    private Answer updateCard(JsonNode m) {
        String code = m.path("response_code").asText();
        Tap tap = taps.get(code);
        if (tap == null || !usedResponseCodes.add(code)) {
            return Answer.error(40058, "invalid response_code");
        }
        JsonNode c = m.path("template_card");
        String replaceText = c.path("replace_text").asText(m.path("button").path("replace_name").asText(""));
        StringBuilder text = new StringBuilder(c.path("main_title").path("title").asText());
        appendLine(text, c.path("sub_title_text").asText());
        appendLine(text, replaceText);
        String user = m.path("userids").path(0).asText(tap.userId());
        record(new Delivery(Delivery.Kind.CARD_UPDATE, user, "template_card", text.toString(), List.of(),
                new Delivery.Card(tap.taskId(), List.of(), null, List.of(), replaceText)));
        return Answer.ok(OK);
    }

    /** What a tap on a card's button makes WeCom call back with. */
    public record Tap(String userId, String taskId, String eventKey, String selectedOption, String responseCode,
                      String xml) {
    }

    /**
     * A tap on a button of a card this fake delivered: the decrypted {@code template_card_event} WeCom would post to
     * the app callback, with a fresh one-use response code for updating that card. Null when no such card went to
     * that person.
     *
     * @param selectedOption the option chosen in the card's drop-down, or null
     */
    public Tap tap(String userId, String taskId, String eventKey, String selectedOption) {
        if (!userId.equals(cards.get(taskId))) {
            return null;
        }
        String code = "rc-" + UUID.randomUUID();
        String selected = selectedOption == null ? "" : "<SelectedItems><SelectedItem><QuestionKey><![CDATA["
                + questionKeyOf(taskId) + "]]></QuestionKey><OptionIds><OptionId><![CDATA[" + selectedOption
                + "]]></OptionId></OptionIds></SelectedItem></SelectedItems>";
        String xml = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><FromUserName><![CDATA[" + userId
                + "]]></FromUserName><CreateTime>" + (System.currentTimeMillis() / 1000) + "</CreateTime>"
                + "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
                + "<EventKey><![CDATA[" + eventKey + "]]></EventKey><TaskId><![CDATA[" + taskId + "]]></TaskId>"
                + "<CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[" + code
                + "]]></ResponseCode><AgentID>1</AgentID>" + selected + "</xml>";
        Tap tap = new Tap(userId, taskId, eventKey, selectedOption, code, xml);
        taps.put(code, tap);
        return tap;
    }

    private String questionKeyOf(String taskId) {
        return deliveries.stream().filter(d -> d.card() != null && taskId.equals(d.card().taskId())
                && d.card().questionKey() != null).map(d -> d.card().questionKey()).findFirst().orElse("");
    }

    private static void appendLine(StringBuilder text, String line) {
        if (line != null && !line.isBlank()) {
            text.append('\n').append(line);
        }
    }

    private Answer appChat(String body) {
        JsonNode m = read(body);
        String type = m.path("msgtype").asText();
        record(new Delivery(Delivery.Kind.APPCHAT, m.path("chatid").asText(), type, contentOf(m, type), List.of()));
        return Answer.ok(OK);
    }

    private Answer customerGroup(String body) {
        JsonNode m = read(body);
        record(new Delivery(Delivery.Kind.CUSTOMER_GROUP, m.path("sender").asText(), "text",
                m.path("text").path("content").asText(), List.of()));
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"fail_list\":[],\"msgid\":\"" + UUID.randomUUID() + "\"}");
    }

    private Answer groupChat(String body) {
        String chatId = read(body).path("chat_id").asText();
        String answer = customerGroups.get(chatId);
        return answer == null ? Answer.error(701008, "invalid chat_id") : Answer.ok(answer);
    }

    private Answer oauthUser(String code) {
        String userId = code == null ? null : oauthCodes.remove(code);
        if (userId == null) {
            return Answer.error(40029, "invalid code");
        }
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":" + quoted(userId) + "}");
    }

    private Answer member(String userId) {
        String name = userId == null || isExternal(userId) ? null : people.get(userId);
        if (name == null) {
            return Answer.error(60111, "userid not found");
        }
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":" + quoted(userId) + ",\"name\":"
                + quoted(name) + ",\"status\":1}");
    }

    private Answer externalContact(String userId) {
        String name = userId == null || !isExternal(userId) ? null : people.get(userId);
        if (name == null) {
            return Answer.error(84061, "not external contact");
        }
        return Answer.ok("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact\":{\"external_userid\":"
                + quoted(userId) + ",\"name\":" + quoted(name) + ",\"type\":1},\"follow_user\":[]}");
    }

    private static boolean isExternal(String userId) {
        return userId.startsWith("wm") || userId.startsWith("wo");
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentOf(JsonNode m, String type) {
        if ("image".equals(type)) {
            return "data:image/png;base64," + m.path("image").path("base64").asText();
        }
        return m.path(type).path("content").asText();
    }

    private void record(Delivery d) {
        deliveries.add(d);
        listeners.forEach(l -> l.accept(d));
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }
}
