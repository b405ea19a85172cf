package org.jiamusi.vet.web.faces;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.jiamusi.vet.web.infra.Route;

/**
 * Marks every public page's view stateless as soon as it exists, before anything renders. The
 * public template says {@code <f:view transient="true">}, but Faces applies that only while it
 * builds the page; PrimeFaces' content security policy asks for its script nonce before that, and
 * keeps it in the view map of a view it still takes for stateful, which opens an HTTP session for
 * every anonymous reader. Public pages keep no state between requests, so nothing is lost.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && view.getViewId() != null && view.getViewId().startsWith(Route.VIEWS)) {
            view.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored or created
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
