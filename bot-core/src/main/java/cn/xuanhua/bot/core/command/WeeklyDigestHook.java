package cn.xuanhua.bot.core.command;

/**
 * Where 周报 goes once the handler has checked that the sender owns the group: the digest module builds the
 * digest of that group and week and queues it for the group. Implemented outside the command package.
 */
@FunctionalInterface
public interface WeeklyDigestHook {

    void requested(DigestRequest request);
}
