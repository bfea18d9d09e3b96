package cn.xuanhua.bot.core.command;

/** The command words of contract section 5 and how each is written. */
enum Keyword {
    QUERY("查询", "查询 编号"),
    SUPPLEMENT("补充", "补充 编号 内容"),
    SATISFIED("满意", "满意 编号"),
    BASICALLY_SATISFIED("基本满意", "基本满意 编号"),
    DISSATISFIED("不满意", "不满意 编号"),
    ACCEPT("受理", "受理 编号"),
    PROGRESS("进展", "进展 编号 内容"),
    RESOLVE("办结", "办结 编号 办理结果"),
    TRANSFER("转办", "转办 编号 部门 理由"),
    RETURN("退回", "退回 编号 理由"),
    EXTEND("延期", "延期 编号 N天 理由"),
    TODO("待办", "待办"),
    REASSIGN("改派", "改派 编号 部门"),
    APPROVE_EXTENSION("批准延期", "批准延期 编号"),
    SUPERVISE("督办", "督办 编号 内容"),
    DIGEST("周报", "周报 或 周报 本周"),
    FILE_ON_BEHALF("代报", "代报 内容 (在应用里: 代报 群名 内容)"),
    HELP("帮助", "帮助");

    private final String word;
    private final String usage;

    Keyword(String word, String usage) {
        this.word = word;
        this.usage = usage;
    }

    String word() {
        return word;
    }

    String usage() {
        return usage;
    }

    Command.Malformed malformed() {
        return new Command.Malformed(word, usage);
    }
}
