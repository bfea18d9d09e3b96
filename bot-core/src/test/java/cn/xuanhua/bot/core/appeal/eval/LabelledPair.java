package cn.xuanhua.bot.core.appeal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled pair of the 并单 sets (resources merge/merge-pairs-*.json): two messages and whether a seasoned
 * dispatcher would make them one appeal ({@code same}), with the kind of pair it was written as.
 */
public record LabelledPair(String id, Message first, Message second, boolean same, String kind) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One message of a pair. */
    public record Message(String groupCode, ZonedDateTime sentAt, String sender, String text) {
    }

    public static List<LabelledPair> read(String resource) {
        try (InputStream in = LabelledPair.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            List<LabelledPair> out = new ArrayList<>();
            for (JsonNode p : new ObjectMapper().readTree(in).get("pairs")) {
                out.add(new LabelledPair(p.get("id").asText(), message(p.get("first")), message(p.get("second")),
                        p.get("same").asBoolean(), p.path("kind").asText("")));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Message message(JsonNode m) {
        return new Message(m.get("groupCode").asText(),
                OffsetDateTime.parse(m.get("sentAt").asText()).atZoneSameInstant(ZONE),
                m.get("sender").asText(), m.get("text").asText());
    }
}
