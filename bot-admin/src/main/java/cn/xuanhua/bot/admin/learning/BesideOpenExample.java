package cn.xuanhua.bot.admin.learning;

/**
 * An owner's labelled message written while an appeal of theirs was open in the group: whether it raises a new matter
 * (an appeal of its own) or is about the open one (a detail, an urging, a question after it, a report it is done).
 *
 * @param text           the message
 * @param groupCode      the group it was written in
 * @param openNumber     the open appeal's number
 * @param openText       what the open appeal said
 * @param openDepartment the unit handling the open appeal (null when not labelled)
 * @param newMatter      whether the message raises a new matter
 * @param correction     whether it is the district's own correction (a 补充 its writer filed again with 新诉求)
 */
public record BesideOpenExample(String text, String groupCode, String openNumber, String openText,
                                String openDepartment, boolean newMatter, boolean correction) {

    /** A labelled message of the shipped sets. */
    public BesideOpenExample(String text, String groupCode, String openNumber, String openText, String openDepartment,
                             boolean newMatter) {
        this(text, groupCode, openNumber, openText, openDepartment, newMatter, false);
    }

    /** A 补充 its writer then filed with 新诉求: a new matter beside the appeal it was added to. */
    public static BesideOpenExample correction(String text, String groupCode, String openNumber, String openText,
                                               String openDepartment) {
        return new BesideOpenExample(text, groupCode, openNumber, openText, openDepartment, true, true);
    }
}
