package org.jiamusi.vet.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jiamusi.vet.cms.programme.ProgrammeService;

/** {@code /{lang}/}: the way into the site. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    ProgrammeService programmes;

    private Long programmeCount;

    public long getProgrammeCount() {
        if (programmeCount == null) {
            programmeCount = programmes.count();
        }
        return programmeCount;
    }
}
