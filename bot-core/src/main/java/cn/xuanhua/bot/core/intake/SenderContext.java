package cn.xuanhua.bot.core.intake;

import java.util.List;

/**
 * What intake knows of a message's writer: who they are in the group, and their appeals still open in it (newest
 * first), which a follow-up, a repeat of the same complaint or a progress question may refer to.
 *
 * @param speaker      owner, staff, the group's owner or the bot
 * @param open         the writer's open appeals in this group, newest first
 */
public record SenderContext(Speaker speaker, List<OpenAppeal> open) {

    /** An owner with no open appeal: the preview's default. */
    public static final SenderContext OWNER = new SenderContext(Speaker.OWNER, List.of());

    public SenderContext {
        open = List.copyOf(open);
    }

    /** The numbers of the open appeals, newest first. */
    public List<String> openAppeals() {
        return open.stream().map(OpenAppeal::number).toList();
    }

    /**
     * A writer's own appeal not yet closed: its number, what it said (masked), its category and the unit handling it
     * (either may be null).
     */
    public record OpenAppeal(String number, String maskedText, String categoryCode, String departmentCode) {

        public OpenAppeal(String number, String maskedText, String categoryCode) {
            this(number, maskedText, categoryCode, null);
        }

        public OpenAppeal(String number, String maskedText) {
            this(number, maskedText, null, null);
        }
    }
}
