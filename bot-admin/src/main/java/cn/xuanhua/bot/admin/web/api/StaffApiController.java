package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.admin.account.ConsoleUser;
import cn.xuanhua.bot.admin.console.StaffEdits;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.org.StaffMember;
import cn.xuanhua.bot.core.org.StaffRole;
import cn.xuanhua.bot.core.org.StaffDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** {@code GET /api/staff} and {@code POST /api/staff} (docs/api.md). */
@RestController
@RequestMapping("/api/staff")
public class StaffApiController {
    private final StaffDirectory staff;
    private final StaffEdits edits;

    public StaffApiController(StaffDirectory staff, StaffEdits edits) {
        this.staff = staff;
        this.edits = edits;
    }

    /** A staff member, in and out: {@code {"userId","name","departmentCode","role"}}. */
    public record StaffView(String userId, String name, String departmentCode, String role) {
        static StaffView of(StaffMember m) {
            return new StaffView(m.userId(), m.name(), m.departmentCode(), m.role().name());
        }
    }

    @GetMapping
    public List<StaffView> list() {
        return staff.all().stream().map(StaffView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public StaffView add(ConsoleUser me, @RequestBody StaffView request) {
        StaffMember added = edits.register(me, request.userId(), request.name(), request.departmentCode(),
                role(request.role()));
        return StaffView.of(added);
    }

    private static StaffRole role(String value) {
        if (value == null || value.isBlank()) {
            return StaffRole.STAFF;
        }
        return Arrays.stream(StaffRole.values()).filter(r -> r.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> new InvalidInputException("role 必须是 STAFF、DISPATCHER 或 LEADER, 而不是 " + value));
    }
}
