package cn.xuanhua.bot.admin.learning;

import java.util.List;

/**
 * One message whose judgement is known: from the labelled corpus shipped with the bot, or a correction the district
 * made itself (an appeal that ended at another unit after 转办 / 改派).
 *
 * @param text           the message (masked or not: it is masked again before features are read)
 * @param groupCode      the group it was written in
 * @param appeal         whether it is an appeal
 * @param departmentCode for an appeal, the unit that handles it (null when not labelled)
 * @param byOwner        written by an owner (not by staff or the group's owner, whose free text is never an appeal)
 * @param correction     whether it is the district's own correction
 * @param alsoAcceptable for an appeal of the corpus, other units its writer would accept (often empty)
 */
public record LabelledExample(String text, String groupCode, boolean appeal, String departmentCode, boolean byOwner,
                              boolean correction, List<String> alsoAcceptable) {

    public LabelledExample {
        alsoAcceptable = alsoAcceptable == null ? List.of() : List.copyOf(alsoAcceptable);
    }

    /** A message whose writer named no other acceptable unit. */
    public LabelledExample(String text, String groupCode, boolean appeal, String departmentCode, boolean byOwner,
                           boolean correction) {
        this(text, groupCode, appeal, departmentCode, byOwner, correction, List.of());
    }

    /** Whether {@code unit} is the labelled unit or one the writer also accepts. */
    public boolean accepts(String unit) {
        return unit.equals(departmentCode) || alsoAcceptable.contains(unit);
    }

    /** A correction: an appeal now at {@code departmentCode}. */
    public static LabelledExample correction(String text, String groupCode, String departmentCode) {
        return new LabelledExample(text, groupCode, true, departmentCode, true, true);
    }
}
