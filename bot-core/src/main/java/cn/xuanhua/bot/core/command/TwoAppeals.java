package cn.xuanhua.bot.core.command;

import cn.xuanhua.bot.core.appeal.Appeal;
import cn.xuanhua.bot.core.appeal.Transition;
import cn.xuanhua.bot.core.command.CommandResult.Outcome;
import cn.xuanhua.bot.core.error.ConflictException;
import cn.xuanhua.bot.core.outbound.OutboundMessage;
import cn.xuanhua.bot.core.outbound.Recipient;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Saving a 并单 or 拆单, which change two appeals of one group: both are written in the caller's transaction (the
 * inbox's), the group is told once, mentioning every requester of both, and the staff of the kept appeal hear it.
 */
final class TwoAppeals {
    private TwoAppeals() {
    }

    /** @param what 并单 or 拆单, for the staff notice */
    static CommandResult save(CommandRun run, String what, Appeal away, Appeal kept, Transition.Done keptChange,
                              String post, String answer) {
        try {
            run.appeals().update(away);
            run.appeals().update(kept);
        } catch (ConflictException lostTheRace) {
            // The first may be written already: fail the whole transaction rather than keep half a merge.
            throw new IllegalStateException("并单/拆单 lost a race on " + kept.number().value() + ", retried", lostTheRace);
        }
        String n = kept.number().value();
        String key = n + ":" + keptChange.firstSequence() + ":"
                + keptChange.events().get(0).type().name().toLowerCase(Locale.ROOT) + ":";
        List<String> everyone = new ArrayList<>(new LinkedHashSet<>(concat(kept.requesters(), away.requesters())));
        boolean inGroup = run.request().chat().groupCode().filter(kept.facts().groupCode()::equals).isPresent();
        Recipient route = inGroup ? run.request().chat().answerTo(run.request().senderUserId())
                : new Recipient.Group(kept.facts().groupCode());
        run.outbox().enqueue(OutboundMessage.markdown(key + "group", route, post, n).mentioning(everyone));
        String note = "**" + what + "** " + away.number().value()
                + " / " + n + " (" + run.by().name() + ")";
        run.audiences().handlerOrDepartment(kept.state().handlerUserId(), kept.departmentCode()).stream()
                .filter(id -> !id.equals(run.by().userId()))
                .forEach(id -> run.outbox().enqueue(OutboundMessage.markdown(key + "user:" + id,
                        new Recipient.User(id), note, n)));
        if (inGroup) {
            return new CommandResult(Outcome.DONE, null, kept.number());
        }
        return run.reply(Outcome.DONE, answer, kept.number());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
