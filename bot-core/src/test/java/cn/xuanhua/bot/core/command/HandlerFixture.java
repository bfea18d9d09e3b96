package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;
import cn.xuanhua.bot.core.support.FakeAppeals;
import cn.xuanhua.bot.core.support.FakeDepartments;
import cn.xuanhua.bot.core.support.FakeGroups;
import cn.xuanhua.bot.core.support.FakeOutbox;
import cn.xuanhua.bot.core.support.FakeStaffDirectory;
import cn.xuanhua.bot.core.support.People;
import cn.xuanhua.bot.core.support.WeekdaysOnly;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static cn.xuanhua.bot.core.support.AppealFixture.ZONE;
import static cn.xuanhua.bot.core.support.AppealFixture.at;

/** A command handler on fakes, at Thursday 2026-11-26 10:15, with helpers to speak as someone. */
final class HandlerFixture {
    static final ZonedDateTime NOW = at("2026-11-26T10:15");
    static final String NUMBER = "XH20261126-0007";
    static final String RESPONSE_URL = "https://qyapi.example/response?code=secret";

    final FakeAppeals appeals = new FakeAppeals();
    final FakeStaffDirectory staff = People.directory();
    final FakeDepartments departments = new FakeDepartments();
    final FakeGroups groups = new FakeGroups();
    final FakeOutbox outbox = new FakeOutbox();
    final List<DigestRequest> digests = new ArrayList<>();
    /** How many messages were queued when each digest was asked for (its post comes after them). */
    final List<Integer> queuedBeforeDigest = new ArrayList<>();
    final CommandHandler handler = new CommandHandler(appeals, staff, departments, groups, outbox, request -> {
        queuedBeforeDigest.add(outbox.messages().size());
        digests.add(request);
    },
            new WeekdaysOnly(), text -> text.replaceAll("(1\\d{2})\\d{4}(\\d{4})", "$1****$2"),
            Clock.fixed(NOW.toInstant(), ZONE));
    private int messages;

    HandlerFixture with(Appeal... stored) {
        appeals.with(stored);
        return this;
    }

    /** Writes {@code text} to the app in a private chat. */
    CommandResult says(String userId, String text) {
        return handler.handle(new CommandRequest("msg-" + ++messages, userId, ChatContext.privateChat(), text));
    }

    /** Writes {@code text} in a group, through the AI bot (with a response_url). */
    CommandResult saysIn(String groupCode, String userId, String text) {
        return handler.handle(new CommandRequest("msg-" + ++messages, userId,
                ChatContext.group(groupCode, RESPONSE_URL), text));
    }

    /** The answer queued for a private chat with {@code userId}. */
    OutboundMessage answerTo(String userId) {
        return outbox.toUser(userId).stream().filter(m -> m.idempotencyKey().startsWith("answer:")).findFirst()
                .orElseThrow(() -> new AssertionError("no answer to " + userId + " in " + outbox.messages()));
    }

    /** Notices (not answers) to a staff member. */
    List<OutboundMessage> noticesTo(String userId) {
        return outbox.toUser(userId).stream().filter(m -> !m.idempotencyKey().startsWith("answer:")).toList();
    }

    List<OutboundMessage> postsTo(String groupCode) {
        return outbox.messages().stream().filter(m -> !m.idempotencyKey().startsWith("answer:"))
                .filter(m -> m.recipient().equals(new Recipient.Group(groupCode))
                        || m.recipient().equals(new Recipient.Reply(RESPONSE_URL, groupCode)))
                .toList();
    }
}
