package org.jiamusi.vet.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiamusi.vet.i18n.Language;

/**
 * The back office's language chooser: {@code /admin/language?lang=ru&back=/admin/...} keeps the
 * choice in the session and returns to the page. Only back-office pages are returned to, so the
 * link cannot send anyone elsewhere.
 */
@WebServlet("/admin/language")
public class AdminLanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminSession session;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language.ofCode(request.getParameter("lang")).ifPresent(session::setLanguage);
        String back = request.getParameter("back");
        String context = request.getContextPath();
        boolean safe = back != null && back.startsWith(context + "/admin/") && back.indexOf("//") < 0
                && !back.contains("\\") && !back.contains("\r") && !back.contains("\n");
        response.sendRedirect(safe ? back : context + AdminSecurity.HOME);
    }
}
