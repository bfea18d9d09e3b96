package cn.xuanhua.bot.wecom.send;

import cn.xuanhua.bot.core.outbound.MessageFormat;
import cn.xuanhua.bot.core.outbound.SendOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Answers an AI-bot message through its {@code response_url} (WxJava has no AI-bot support). The URL is
 * WeCom's, valid for one hour and one use; it is a credential and never logged.
 */
class ResponseUrlClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    SendOutcome reply(String responseUrl, MessageFormat format, String content) {
        ObjectNode body = json.createObjectNode();
        String type = format == MessageFormat.TEXT ? "text" : "markdown";
        body.put("msgtype", type);
        body.putObject(type).put("content", content);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(responseUrl))
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return outcome(response);
        } catch (IOException | IllegalArgumentException e) {
            return new SendOutcome.RetryLater("response_url unreachable: " + e.getClass().getSimpleName(), Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.RetryLater("interrupted", Duration.ZERO);
        }
    }

    private SendOutcome outcome(HttpResponse<String> response) throws IOException {
        if (response.statusCode() >= 500) {
            return new SendOutcome.RetryLater("response_url HTTP " + response.statusCode(), Duration.ZERO);
        }
        if (response.statusCode() >= 400) {
            return new SendOutcome.Rejected("response_url HTTP " + response.statusCode());
        }
        JsonNode answer = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        int code = answer.path("errcode").asInt(0);
        if (code == 0) {
            return new SendOutcome.Delivered();
        }
        if (code == -1 || code == 45009 || code == 45033) {
            return new SendOutcome.RetryLater("response_url error " + code,
                    code == -1 ? Duration.ZERO : WeComFailures.THROTTLE_PAUSE);
        }
        // Used, expired or invalid: the reply cannot go this way any more.
        return new SendOutcome.Rejected("response_url error " + code + ": " + WeComFailures.safe(answer.path("errmsg").asText()));
    }
}
