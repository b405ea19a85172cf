package org.jiamusi.vet.cms.account;

import java.time.Duration;
import java.util.Optional;

/**
 * What a sign-in attempt came to: the actor when it succeeded; when it was refused, whether because
 * its address had used up its allowance ({@link SignInThrottle}), and how long to wait. A refused
 * password, an unknown user, a locked and a disabled account all read the same; only the throttle,
 * which counts per address and not per account, is told apart.
 *
 * @param actor      who signed in, or null
 * @param retryAfter how long the address must wait, or zero when it was not throttled
 */
public record SignInResult(Actor actor, Duration retryAfter) {

    static SignInResult signedIn(Actor actor) {
        return new SignInResult(actor, Duration.ZERO);
    }

    static SignInResult refused() {
        return new SignInResult(null, Duration.ZERO);
    }

    static SignInResult throttled(Duration retryAfter) {
        return new SignInResult(null, retryAfter);
    }

    public Optional<Actor> signedIn() {
        return Optional.ofNullable(actor);
    }

    public boolean throttled() {
        return actor == null && retryAfter.compareTo(Duration.ZERO) > 0;
    }
}
