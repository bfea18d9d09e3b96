package cn.xuanhua.bot.admin.web.wecom;

/** Something that pulls the chat archive when WeCom says new messages wait there ({@code msgaudit_notify}). */
public interface ArchiveWakeUp {
    void wake();
}
