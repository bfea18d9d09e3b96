package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.AppealNumber;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.outbound.CardUpdate;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * What a tapped card says afterwards: done (已受理 · 张三 11-26 10:05, with the answer the chat would have given),
 * refused (未执行, with the refusal), or what to type when the button cannot carry what the command needs.
 */
final class CardAnswers {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private CardAnswers() {
    }

    static CardUpdate update(ChatContext.CardTap tap, Outcome outcome, String answer, AppealNumber number, Actor by,
                             ZonedDateTime at) {
        String title = number == null ? "诉求助手" : "诉求 " + number.value();
        String line = switch (outcome) {
            case DONE -> "已" + tap.action() + " · " + by.name() + " " + WHEN.format(at);
            case CONFLICT -> "未执行 · 已有人先处理";
            case REFUSED -> "未执行";
            default -> "请按提示回复";
        };
        return new CardUpdate(tap.taskId(), title, plain(answer), line);
    }

    /** A card shows plain text: the answer without its markdown emphasis and quote marks. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replace("**", "").replaceAll("(?m)^> ?", "").strip();
    }
}
