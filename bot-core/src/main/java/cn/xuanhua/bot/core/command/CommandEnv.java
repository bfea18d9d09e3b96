package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Refusal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.appeal.WorkingDays;
import cn.xuanhua.bot.core.org.Department;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Function;

/** What an {@link AppealCommand} needs besides the appeal and the actor: the time, departments, the calendar. */
public interface CommandEnv {

    /** When the command takes effect. */
    ZonedDateTime at();

    /** The department a person means by a name, short name, alias or code (人社局, 人社). */
    Optional<Department> department(String nameOrCode);

    /** Where 退回 sends an appeal. */
    Department dispatcher();

    WorkingDays workingDays();

    /** Runs {@code action} on the department named {@code name}, or refuses when no department is called so. */
    default Transition toDepartment(String name, Function<Department, Transition> action) {
        return department(name).map(action)
                .orElseGet(() -> new Refusal("未找到部门「" + cn.xuanhua.bot.core.outbound.ChatText.md(name) + "」, 请写部门名称或简称, 如 人社局"));
    }
}
