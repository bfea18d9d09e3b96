package cn.xuanhua.bot.admin.web.api;

import cn.xuanhua.bot.core.Snapshot;
import cn.xuanhua.bot.core.error.InvalidInputException;
import cn.xuanhua.bot.core.inbound.Senders;
import cn.xuanhua.bot.core.intake.Intake;
import cn.xuanhua.bot.core.intake.IntakeDraft;
import cn.xuanhua.bot.core.intake.StatedDeadline;
import cn.xuanhua.bot.core.org.ChatGroup;
import cn.xuanhua.bot.core.org.Department;
import cn.xuanhua.bot.core.appeal.Appeals;
import cn.xuanhua.bot.core.org.Departments;
import cn.xuanhua.bot.core.org.Groups;
import cn.xuanhua.bot.core.org.StaffDirectory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code POST /api/appeals/preview}: what intake would make of a message. Stores nothing. */
@RestController
public class AppealPreviewController {
    private final Snapshot<Intake> intake;
    private final Groups groups;
    private final Departments departments;
    private final Senders senders;
    private final Clock clock;

    public AppealPreviewController(Snapshot<Intake> intake, Groups groups, Departments departments,
                                   StaffDirectory staff, Appeals appeals, Clock clock) {
        this.intake = intake;
        this.groups = groups;
        this.departments = departments;
        this.senders = new Senders(staff, appeals);
        this.clock = clock;
    }

    /**
     * The request: the text, optionally when it was sent (ISO-8601), from which group and by whom (a WeCom userid:
     * staff and the group's owner never make appeals; an owner's open appeals may make it a follow-up).
     */
    public record PreviewRequest(String text, String sentAt, String groupCode, String senderUserId) {
    }

    /**
     * The answer (README, "The HTTP API"): the fields docs/api.md names, plus who speaks and what the message does, the
     * catalogue's matter and why that unit was chosen.
     */
    public record PreviewResponse(boolean appeal, String speaker, String act, String category, String categoryCode,
                                  String matterCode, String departmentCode, String departmentName, String routing,
                                  OffsetDateTime requestedDeadline, OffsetDateTime dueAt, boolean urgent,
                                  String maskedText, List<String> reasons) {
    }

    @PostMapping("/api/appeals/preview")
    public PreviewResponse preview(@RequestBody PreviewRequest request) {
        if (request == null || request.text() == null) {
            throw new InvalidInputException("text 不能为空");
        }
        if (request.text().length() > Intake.MAX_TEXT_LENGTH) {
            throw new InvalidInputException("text 最长 " + Intake.MAX_TEXT_LENGTH + " 个字符");
        }
        ZonedDateTime sentAt = sentAt(request.sentAt());
        ChatGroup group = request.groupCode() == null || request.groupCode().isBlank() ? null
                : groups.byCode(request.groupCode()).orElseThrow(() -> new InvalidInputException("未知的群: " + request.groupCode()));
        IntakeDraft d = intake.get().assess(request.text(), sentAt, group, senders.contextOf(request.senderUserId(), group));
        String departmentName = departments.byCode(d.departmentCode()).map(Department::shortName).orElse(d.departmentCode());
        return new PreviewResponse(d.appeal(), d.speaker().name(), d.act().act().name(), d.category().name(),
                d.category().code(), d.matterCode(), d.departmentCode(), departmentName, d.routingReason(),
                d.requestedDeadline().map(StatedDeadline::at).map(ZonedDateTime::toOffsetDateTime).orElse(null),
                d.dueAt().toOffsetDateTime(), d.urgent(), d.maskedText(), d.reasons());
    }

    private ZonedDateTime sentAt(String value) {
        if (value == null || value.isBlank()) {
            return ZonedDateTime.now(clock);
        }
        try {
            return OffsetDateTime.parse(value).atZoneSameInstant(clock.getZone());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("sentAt 须为带时区的 ISO-8601 时间, 如 2026-11-26T10:00:00+08:00");
        }
    }
}
