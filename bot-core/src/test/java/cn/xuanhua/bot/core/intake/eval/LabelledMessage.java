package cn.xuanhua.bot.core.intake.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a labelled intake set in the format of the blind sets (messages-blind3.json): who wrote it where
 * and when, and what a seasoned dispatcher decided: appeal or not, its act, the responsible unit (and others
 * equally right), the deadline it states.
 */
public record LabelledMessage(String id, String groupCode, ZonedDateTime sentAt, String speaker, String text,
                              boolean appeal, String act, String department, List<String> alsoAcceptable,
                              ZonedDateTime requestedDeadline, boolean deadlineHasTime, OpenAppeal openAppeal,
                              String senderName) {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** A message whose writer is not named: no other message of the set is theirs. */
    public LabelledMessage(String id, String groupCode, ZonedDateTime sentAt, String speaker, String text,
                           boolean appeal, String act, String department, List<String> alsoAcceptable,
                           ZonedDateTime requestedDeadline, boolean deadlineHasTime, OpenAppeal openAppeal) {
        this(id, groupCode, sentAt, speaker, text, appeal, act, department, alsoAcceptable, requestedDeadline,
                deadlineHasTime, openAppeal, null);
    }

    /** Who wrote it, as the group shows them; the message's id when the set does not say. */
    public String writer() {
        return senderName != null ? senderName : "#" + id;
    }

    /** The writer's earlier appeal a follow-up or a progress question refers to. */
    public record OpenAppeal(String number, String text, String department) {
    }

    /** Whether {@code code} is the labelled unit or one as acceptable. */
    public boolean acceptsDepartment(String code) {
        return code != null && (code.equals(department) || alsoAcceptable.contains(code));
    }

    /** A set shipped as a file of the repository, e.g. the training history in sql/history. */
    public static List<LabelledMessage> read(java.nio.file.Path file) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<LabelledMessage> read(String resource) {
        try (InputStream in = LabelledMessage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<LabelledMessage> read(InputStream in) {
        try {
            List<LabelledMessage> out = new ArrayList<>();
            int n = 0;
            for (JsonNode m : new ObjectMapper().readTree(in).get("messages")) {
                out.add(of(m, ++n));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Older sets carry no time, speaker or id: a Thursday morning, an owner, the position in the file. */
    private static LabelledMessage of(JsonNode m, int position) {
        List<String> also = new ArrayList<>();
        m.path("alsoAcceptable").forEach(n -> also.add(n.asText()));
        String deadline = m.path("requestedDeadline").isNull() ? null : m.path("requestedDeadline").asText(null);
        ZonedDateTime due = null;
        boolean hasTime = false;
        if (deadline != null && !deadline.isBlank()) {
            hasTime = deadline.contains("T");
            due = hasTime ? LocalDateTime.parse(deadline).atZone(ZONE)
                    : LocalDate.parse(deadline).atTime(23, 59, 59).atZone(ZONE);
        }
        JsonNode open = m.path("openAppeal");
        OpenAppeal openAppeal = open.isObject() ? new OpenAppeal(open.path("number").asText(),
                open.path("text").asText(), open.path("department").asText(null)) : null;
        String department = m.path("department").isNull() ? null : m.path("department").asText(null);
        return new LabelledMessage(m.path("id").asText("#" + position), m.path("groupCode").asText(),
                ZonedDateTime.parse(m.path("sentAt").asText("2026-11-26T10:00:00+08:00")).withZoneSameInstant(ZONE),
                m.path("speaker").asText("OWNER"),
                m.path("text").asText(), m.path("appeal").asBoolean(), m.path("act").asText(null), department, also, due,
                hasTime, openAppeal, m.path("senderName").asText(null));
    }
}
