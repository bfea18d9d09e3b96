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
 */
public record BesideOpenExample(String text, String groupCode, String openNumber, String openText,
                                String openDepartment, boolean newMatter) {
}
