package cn.xuanhua.bot.core.org;

import java.util.Optional;

/**
 * How a person is shown to people: registered staff by the name in the staff table, anyone else by their WeCom
 * name, and when neither is known by a masked userid ({@link WeComUserIds#masked}), never the bare userid.
 */
public final class DisplayNames {
    private final StaffDirectory staff;
    private final PersonNames people;

    public DisplayNames(StaffDirectory staff, PersonNames people) {
        this.staff = staff;
        this.people = people;
    }

    public String of(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return known(userId).orElseGet(() -> WeComUserIds.masked(userId));
    }

    /** The person's real name when the staff table or WeCom has one; empty rather than a stand-in. */
    public Optional<String> known(String userId) {
        return staff.byUserId(userId).map(StaffMember::name).or(() -> people.lookUp(userId));
    }
}
