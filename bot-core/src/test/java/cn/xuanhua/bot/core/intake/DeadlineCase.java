package cn.xuanhua.bot.core.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One golden case of a deadlines corpus file: {@code {"id", "text", "sentAt"?, "expect"}} where expect is a date
 * (the end of that day), a date-time kept to the minute, or null; a case without sentAt uses the file's.
 */
public record DeadlineCase(String id, String text, ZonedDateTime sentAt, String expect) {

    public static List<DeadlineCase> load(String resource) {
        try (InputStream in = DeadlineCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            String defaultSentAt = root.path("sentAt").asText(null);
            List<DeadlineCase> cases = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                String sentAt = c.hasNonNull("sentAt") ? c.get("sentAt").asText() : defaultSentAt;
                String expect = c.get("expect").isNull() ? null : c.get("expect").asText();
                cases.add(new DeadlineCase(c.get("id").asText(), c.get("text").asText(), ZonedDateTime.parse(sentAt), expect));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when the reader's answer matches the expectation, else a line describing the miss. */
    public Optional<String> miss(Optional<StatedDeadline> got) {
        String actual = got.map(DeadlineCase::render).orElse(null);
        if (expect == null ? actual == null : expect.equals(actual) && matchesExactly(got.get())) {
            return Optional.empty();
        }
        return Optional.of(id + " [" + sentAt.toLocalDateTime() + " " + sentAt.getDayOfWeek().toString().substring(0, 3)
                + "] " + text + " -> expected " + expect + ", got " + actual
                + got.map(d -> " (" + d.rule() + " \"" + d.phrase() + "\")").orElse(""));
    }

    /** The answer in the corpus notation: date when date-only, date-time to the minute when a time was stated. */
    static String render(StatedDeadline d) {
        ZonedDateTime at = d.at().withZoneSameInstant(DeadlineReader.ZONE);
        return d.timeOfDay() ? at.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString() : at.toLocalDate().toString();
    }

    private boolean matchesExactly(StatedDeadline d) {
        ZonedDateTime at = d.at().withZoneSameInstant(DeadlineReader.ZONE);
        if (d.timeOfDay()) {
            return at.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).equals(LocalDateTime.parse(expect));
        }
        return at.toLocalDateTime().equals(LocalDate.parse(expect).atTime(LocalTime.of(23, 59, 59)));
    }

    @Override
    public String toString() {
        return id + " " + text;
    }
}
