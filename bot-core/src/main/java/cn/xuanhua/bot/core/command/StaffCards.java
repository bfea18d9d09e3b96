package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.outbound.StaffCard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static cn.xuanhua.bot.core.appeal.AppealFormat.time;

/**
 * The template cards staff act on with one tap (docs/chat.md "Cards"). A button's key is
 * {@code {button}:{appeal number}}, the button being the console's button of the same command ({@code accept},
 * {@code return}, {@code transfer} …): a tap runs exactly the command a typed message or the console would. The key
 * names the appeal, so a tap can only ever act on that appeal, and only as far as the tapper's own role allows (the
 * appeal's rules check them as for a typed command).
 */
public final class StaffCards {
    /** WeCom cuts a quote at about this many characters; the card shows the start and the command shows the rest. */
    private static final int QUOTE_CHARS = 100;

    private StaffCards() {
    }

    /**
     * The card a new appeal brings each staff member of its department: 受理, 退回, 转办.
     *
     * @param text the same notice as markdown, for where a card cannot go
     */
    public static StaffCard newAppeal(Appeal appeal, String groupName, String category, boolean urgent,
                                      String userId, String text) {
        AppealNumber n = appeal.number();
        return new StaffCard(taskId(n, "new", userId), "新诉求待受理", n.value(),
                clip(appeal.facts().originalText()),
                List.of(new StaffCard.Field("来自", groupName), new StaffCard.Field("类别", category),
                        new StaffCard.Field("办理期限", time(appeal.dueAt()) + (urgent ? " (加急)" : ""))),
                List.of(button(Accept.BUTTON, n, 1), button(ReturnToDispatcher.BUTTON, n, 2),
                        button(Transfer.BUTTON, n, 2)),
                null, text);
    }

    /**
     * The card of an appeal due within a working day, to its handler: 办结, 申请延期 (both then ask for the words the
     * command needs). {@code stage} tells apart the reminders of successive due dates.
     */
    public static StaffCard dueSoon(Appeal appeal, String stage, String userId, String text) {
        AppealNumber n = appeal.number();
        return new StaffCard(taskId(n, stage, userId), "临期提醒", n.value(), clip(appeal.facts().maskedText()),
                List.of(new StaffCard.Field("办理期限", time(appeal.dueAt()) + " (不足1个工作日)")),
                List.of(button(Resolve.BUTTON, n, 1), button(RequestExtension.BUTTON, n, 2)), null, text);
    }

    /** The card of a pending extension request, to those who may decide it: 批准延期, 不批准. */
    static StaffCard extensionRequested(Appeal appeal, String stage, String userId, String department,
                                        String requester, String reason, String text) {
        AppealNumber n = appeal.number();
        return new StaffCard(taskId(n, stage, userId), "延期申请", n.value(), clip(reason),
                List.of(new StaffCard.Field("承办", department + " " + requester),
                        new StaffCard.Field("申请延期", appeal.state().extensionDays() + "个工作日"),
                        new StaffCard.Field("当前期限", time(appeal.dueAt()))),
                List.of(button(ApproveExtension.BUTTON, n, 1), button(RejectExtension.BUTTON, n, 2)), null, text);
    }

    /** A card is plain text, not markdown: the text on one line, cut where WeCom would. */
    static String clip(String text) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_CHARS ? oneLine : oneLine.substring(0, QUOTE_CHARS) + "…";
    }

    /** The key of a button: the console button's slug and the appeal's number. */
    static StaffCard.Button button(ConsoleButton b, AppealNumber n, int style) {
        return new StaffCard.Button(b.slug() + ":" + n.value(), b.label(), style);
    }

    /**
     * A task id WeCom accepts (letters, digits, {@code _-@}, at most 128 bytes) and that differs for every card: the
     * appeal, the stage and the person (hashed: a userid may hold other characters). The same post sent again
     * keeps its task id, so WeCom itself refuses a second copy.
     */
    static String taskId(AppealNumber n, String stage, String userId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userId.getBytes(StandardCharsets.UTF_8));
            return n.value() + "_" + stage + "_" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a button key names: the button and the appeal; empty for a key the bot never made. */
    static Optional<Keyed> read(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        Optional<ConsoleButton> button = Commands.button(key.substring(0, colon));
        Optional<AppealNumber> number = AppealNumber.tryParse(key.substring(colon + 1).strip());
        return button.isPresent() && number.isPresent()
                ? Optional.of(new Keyed(button.get(), number.get())) : Optional.empty();
    }

    /**
     * The console's filled-in fields for a tapped button, or empty when the command needs words a tap cannot carry
     * (办结 needs the result, 延期 the days and a reason, 转办 a department when none was chosen on the card): then
     * the card says what to type instead ({@link #typeInstead}).
     */
    static Optional<ConsoleButton.Filled> filled(ConsoleButton button, String selected) {
        return switch (button.slug()) {
            case "accept", "approve-extension", "reject-extension" ->
                    Optional.of(new ConsoleButton.Filled(null, null, null));
            // The card's 退回 says "not ours": the reason the department gives is that one.
            case "return" -> Optional.of(new ConsoleButton.Filled(RETURN_REASON, null, null));
            case "transfer" -> selected == null || selected.isBlank() ? Optional.empty()
                    : Optional.of(new ConsoleButton.Filled(TRANSFER_REASON, selected.strip(), null));
            default -> Optional.empty();
        };
    }

    /** What to type when the tap cannot run the command itself. */
    static String typeInstead(ConsoleButton button, AppealNumber n) {
        String typed = switch (button.slug()) {
            case "resolve" -> "办结 " + n.value() + " 办理结果";
            case "extend" -> "延期 " + n.value() + " N天 理由";
            case "transfer" -> "转办 " + n.value() + " 部门 理由";
            default -> button.label() + " " + n.value() + (button.noteLabel() == null ? "" : " " + button.noteLabel());
        };
        return "请直接回复「" + typed + "」。";
    }

    static final String RETURN_REASON = "不属于本部门职责 (卡片退回)";
    static final String TRANSFER_REASON = "不属于本部门职责 (卡片转办)";

    /** A button key read back. */
    record Keyed(ConsoleButton button, AppealNumber number) {
    }
}
