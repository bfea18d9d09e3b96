package cn.xuanhua.bot.core.appeal;

import cn.xuanhua.bot.core.text.Shingles;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An open appeal as 并单 compares a new message with it: what the look-up by group and category reads from its row
 * (the signature stored with the appeal, never its old text re-read), see {@link Appeals#mergeCandidates}.
 *
 * @param number       its number
 * @param status       where it stands (only an open one takes more requesters)
 * @param createdAt    when it was written
 * @param requesters   every requester, the first one first
 * @param signature    what it says and where: category, matter, places, shingles
 */
public record MergeCandidate(AppealNumber number, AppealStatus status, ZonedDateTime createdAt, List<String> requesters,
                             ProblemSignature signature) {
    public MergeCandidate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signature, "signature");
        requesters = List.copyOf(requesters);
    }

    /** Whether {@code userId} is already one of its requesters. */
    public boolean hasRequester(String userId) {
        return requesters.contains(userId);
    }

    /** The places it names. */
    public Set<String> places() {
        return signature.places();
    }

    /** Its shingles. */
    public Shingles shingles() {
        return signature.shingles();
    }
}
