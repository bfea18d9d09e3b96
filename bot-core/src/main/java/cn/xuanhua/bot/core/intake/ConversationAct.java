package cn.xuanhua.bot.core.intake;

/**
 * What a group message does in the conversation, decided before its topic: only an {@link #APPEAL} from an owner
 * becomes a new appeal; a follow-up goes to the writer's open appeal, a progress question is answered like 查询,
 * and everything else is left to the people in the group.
 */
public enum ConversationAct {
    /** A request, complaint, problem report or question for the government. */
    APPEAL,
    /** The requester adds to an open appeal of theirs ("上次反映的路灯还是没修"): its 补充. */
    FOLLOW_UP,
    /** "0007办得怎么样了", "我的诉求": answered like 查询. */
    PROGRESS_QUESTION,
    /** A member answering another ("我问了供电所,说下午三点来电"), or quoting someone to reply. */
    ANSWER,
    /** A notice, a government reply, a forwarded policy text. */
    NOTICE,
    /** Thanks and acknowledgements. */
    THANKS,
    /** A report that a problem is solved ("已经修好了,点赞"). */
    SOLVED,
    /** Ads, promotions, job posts, self-introductions. */
    AD,
    /** Greetings, chit-chat, news, emoji. */
    CHATTER
}
