package cn.xuanhua.bot.admin.web;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Chinese words for the internal codes pages would otherwise show (intake reasons in the timeline, lexicon names
 * on /rules), from the one catalogue {@code labels/codes.properties}. Pages call it as {@code @codeLabels}.
 */
@Component("codeLabels")
public class CodeLabels {
    private static final String CATALOGUE = "labels/codes.properties";
    /** What an internal code looks like: dotted lower-case words, e.g. {@code deadline.weekday.next}. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*");
    private static final String DEADLINE = "deadline.";
    private final Properties labels = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = CodeLabels.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException(CATALOGUE + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Whether the catalogue has words for {@code code}. */
    public boolean knows(String code) {
        return code != null && labelOrNull(code) != null;
    }

    /** The label of one code; a code this version does not know shows as "其他 (code)", never bare. */
    public String label(String code) {
        if (code == null) {
            return "";
        }
        String label = labelOrNull(code);
        return label != null ? label : "其他 (" + code + ")";
    }

    /**
     * A note that is a comma-separated list of codes (the reasons intake stored with a new appeal), in words joined
     * by 、; any other note as it is.
     */
    public String describe(String note) {
        if (note == null || note.isBlank()) {
            return note;
        }
        String[] parts = note.split(",");
        if (!Arrays.stream(parts).map(String::strip).allMatch(p -> CODE.matcher(p).matches() && p.contains("."))) {
            return note;
        }
        return Arrays.stream(parts).map(String::strip).map(this::label).distinct().collect(Collectors.joining("、"));
    }

    private String labelOrNull(String code) {
        String label = labels.getProperty(code);
        if (label == null && code.startsWith(DEADLINE)) {
            String rule = labels.getProperty("deadline-rule." + code.substring(DEADLINE.length()));
            return rule == null ? null : "企业提出期限 (" + rule + ")";
        }
        return label;
    }
}
