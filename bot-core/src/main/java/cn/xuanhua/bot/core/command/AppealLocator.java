package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Actor;
import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.error.NotFoundException;
import cn.xuanhua.bot.core.appeal.Appeals;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the appeal a person means. A short number is looked up where that person works: staff among their
 * department's open appeals, dispatchers and leaders among all unclosed ones, anyone else among their own.
 */
final class AppealLocator {
    private final Appeals appeals;

    AppealLocator(Appeals appeals) {
        this.appeals = appeals;
    }

    /**
     * @throws NotFoundException     when no appeal matches
     * @throws InvalidInputException when a short number matches several (ask for the full number)
     */
    Appeal locate(AppealRef ref, Actor by) {
        if (ref instanceof AppealRef.Full full) {
            return appeals.byNumber(full.number())
                    .orElseThrow(() -> new NotFoundException("未找到诉求 " + full.number()));
        }
        String digits = ((AppealRef.Short) ref).digits();
        List<Appeal> matches = candidates(by).stream().filter(a -> a.number().endsWith(digits)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new NotFoundException(scope(by) + "没有编号以 " + digits + " 结尾的诉求, 请写完整编号 (如 XH20261126-0007)");
        }
        String numbers = matches.stream().map(a -> a.number().value()).collect(Collectors.joining("、"));
        throw new InvalidInputException("编号以 " + digits + " 结尾的诉求有 " + matches.size() + " 条: " + numbers
                + ", 请写完整编号");
    }

    private List<Appeal> candidates(Actor by) {
        if (by.supervises()) {
            return appeals.unclosed();
        }
        if (by.isStaff()) {
            return appeals.openOf(by.departmentCode());
        }
        return appeals.unclosed().stream().filter(a -> a.requesters().contains(by.userId())).toList();
    }

    private static String scope(Actor by) {
        if (by.supervises()) {
            return "未结案的诉求中";
        }
        return by.isStaff() ? "本部门办理中的诉求中" : "您提交的诉求中";
    }
}
