package org.jiamusi.vet.cms.content;

import java.util.List;

/** A draft that cannot be saved, with every reason; nothing was saved. */
public class ContentValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ContentValidationException(List<Violation> violations) {
        super("Invalid content: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
