package cn.xuanhua.bot.core.org;

import java.util.List;

/**
 * A handling unit an appeal can be routed to.
 *
 * @param code       stable code, e.g. {@code hrss}
 * @param name       full name, e.g. 宣化区人力资源和社会保障局
 * @param shortName  the name people use, e.g. 人社局
 * @param aliases    other names people write (人社, 人社部门)
 * @param kind       district department, township office or utility
 * @param dispatcher whether this unit receives what no rule routes (行政审批局 by default)
 */
public record Department(String code, String name, String shortName, List<String> aliases,
                         DepartmentKind kind, boolean dispatcher) {

    public Department {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether a person writing {@code text} means this department (code, name, short name or alias). */
    public boolean isCalled(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return t.equalsIgnoreCase(code) || t.equals(name) || t.equals(shortName) || aliases.contains(t);
    }
}
