package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;

/** 帮助: the commands this person may use, nothing more. */
final class HelpText {
    private static final String REQUESTER = """
            - 查询 编号: 查看办理进度 (或直接问「我的诉求」)
            - 补充 编号 内容: 补充说明您的诉求
            - 满意 / 基本满意 / 不满意 编号: 评价办理结果""";
    private static final String STAFF = """
            - 受理 编号
            - 进展 编号 内容
            - 办结 编号 办理结果
            - 转办 编号 部门 理由
            - 退回 编号 理由 (分派错误时退回分拨部门)
            - 延期 编号 N天 理由 (工作日, 需批准)
            - 待办: 本部门未办结的诉求
            - 查询 编号
            - 代报 内容: 替企业提交诉求 (在应用里: 代报 群名 内容)""";
    private static final String SUPERVISOR = """

            - 改派 编号 部门
            - 批准延期 编号
            - 督办 编号 内容""";
    private static final String OWNER = "\n- 周报 / 周报 本周: 本群上周 / 本周的诉求周报";
    private static final String NUMBERS = "\n编号可写完整编号 (XH20261126-0007) 或末几位 (0007)。";
    private static final String HOW_TO_ASK = "\n在群里直接描述遇到的问题, 即可提交诉求。";

    private HelpText() {
    }

    static String forActor(Actor by, boolean groupOwner) {
        StringBuilder s = new StringBuilder("**诉求助手 · 您可以使用的命令**\n");
        if (by.isStaff() || by.supervises()) {
            s.append(STAFF).append(by.supervises() ? SUPERVISOR : "");
        } else {
            s.append(REQUESTER);
        }
        if (groupOwner) {
            s.append(OWNER);
        }
        s.append(by.isStaff() || by.supervises() ? NUMBERS : HOW_TO_ASK);
        return s.toString();
    }
}
