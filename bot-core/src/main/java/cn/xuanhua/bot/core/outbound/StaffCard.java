package cn.xuanhua.bot.core.outbound;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A notice that asks a staff member to act, as a WeCom template card with buttons ({@code button_interaction}, see
 * docs/wecom.md "Cards"). Each button's key names the action and the appeal ({@code accept:XH20261126-0007}); a tap
 * comes back on the app callback and runs that command through the command handler.
 *
 * @param taskId      the card's task id: unique per card (WeCom refuses a task id twice), letters, digits, {@code _-@}
 * @param title       the main title (新诉求待受理)
 * @param description the line under it (the appeal number)
 * @param quote       the appeal's text, quoted on the card
 * @param fields      label/value lines (来自, 类别, 期限)
 * @param buttons     one to six buttons
 * @param selection   a drop-down above the buttons (the department for 转办), or null
 * @param text        the same notice as markdown, for where a card cannot go (several notices combined into one)
 */
public record StaffCard(String taskId, String title, String description, String quote, List<Field> fields,
                        List<Button> buttons, Selection selection, String text) {

    public StaffCard {
        Objects.requireNonNull(taskId, "taskId");
        fields = fields == null ? List.of() : List.copyOf(fields);
        buttons = List.copyOf(buttons);
        if (buttons.isEmpty() || buttons.size() > 6) {
            throw new IllegalArgumentException("a card takes one to six buttons");
        }
    }

    /** A label and its value, one line of the card. */
    public record Field(String label, String value) {
    }

    /** A button: {@code key} comes back in the tap; style 1 is the blue (main) button, 2 grey. */
    public record Button(String key, String text, int style) {
    }

    /** A drop-down whose choice comes back with the tap under {@code questionKey}. */
    public record Selection(String questionKey, String title, List<Option> options) {
        public Selection {
            options = List.copyOf(options);
        }
    }

    /** One choice of a drop-down. */
    public record Option(String id, String text) {
    }

    /** The outbox content of this card (read back by the WeCom adapter, the sandbox and the notice batch). */
    public String toJson() {
        StringBuilder b = new StringBuilder("{");
        b.append("\"taskId\":").append(Json.string(taskId))
                .append(",\"title\":").append(Json.string(title))
                .append(",\"description\":").append(Json.string(description))
                .append(",\"quote\":").append(Json.string(quote))
                .append(",\"fields\":[").append(fields.stream()
                        .map(f -> "{\"label\":" + Json.string(f.label()) + ",\"value\":" + Json.string(f.value()) + "}")
                        .collect(Collectors.joining(","))).append(']')
                .append(",\"buttons\":[").append(buttons.stream()
                        .map(x -> "{\"key\":" + Json.string(x.key()) + ",\"text\":" + Json.string(x.text())
                                + ",\"style\":" + x.style() + "}")
                        .collect(Collectors.joining(","))).append(']');
        if (selection != null) {
            b.append(",\"selection\":{\"questionKey\":").append(Json.string(selection.questionKey()))
                    .append(",\"title\":").append(Json.string(selection.title()))
                    .append(",\"options\":[").append(selection.options().stream()
                            .map(o -> "{\"id\":" + Json.string(o.id()) + ",\"text\":" + Json.string(o.text()) + "}")
                            .collect(Collectors.joining(","))).append("]}");
        }
        return b.append(",\"text\":").append(Json.string(text)).append('}').toString();
    }
}
