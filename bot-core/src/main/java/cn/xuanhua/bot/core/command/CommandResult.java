package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.AppealNumber;

/**
 * What came of a command. Everything to be said is already in the outbox; this is for logs, the inbox's
 * outcome column and tests.
 *
 * @param outcome what happened
 * @param answer  the answer to the sender (markdown); null when the group post itself answered them
 * @param appeal  the appeal concerned, null when none
 */
public record CommandResult(Outcome outcome, String answer, AppealNumber appeal) {

    /** What happened to a command. */
    public enum Outcome {
        /** An appeal changed; notices are queued. */
        DONE,
        /** Answered without change (查询, 待办). */
        ANSWERED,
        /** Not allowed, not found or ambiguous; nothing changed. */
        REFUSED,
        /** Someone else changed the appeal first; nothing changed. */
        CONFLICT,
        /** The digest hook was asked for a weekly digest. */
        DIGEST_REQUESTED,
        /** 帮助, or an unknown or malformed command: the person got the commands they may use. */
        HELP
    }
}
