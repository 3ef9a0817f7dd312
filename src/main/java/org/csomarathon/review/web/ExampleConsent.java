package org.csomarathon.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.csomarathon.identity.web.Viewer;
import org.csomarathon.platform.web.PageMessages;
import org.csomarathon.review.ReviewService;
import org.omnifaces.util.Faces;

/** On the team's assignment page: a member answers whether the expert may show the work as an example at stage 2. */
@Named
@RequestScoped
public class ExampleConsent {

    @Inject
    ReviewService reviews;

    @Inject
    Viewer viewer;

    public String answer(long reviewId, boolean given) {
        reviews.answerExample(viewer.getAccountId(), reviewId, given);
        PageMessages.info(given ? "review.example.given" : "review.example.refused");
        Faces.redirect("participant/assignment.xhtml?id=%s", Faces.getRequestParameter("id"));
        return null;
    }
}
