package org.jiamusi.vet.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jiamusi.vet.cms.account.Account;
import org.jiamusi.vet.cms.account.AccountService;

import java.io.IOException;
import java.util.Optional;

/**
 * What the account behind a signed-in session says on every back-office request, before any page
 * runs: an account disabled or deleted since sign-in ends the session at once and is sent to the
 * sign-in page (an AJAX request gets a Faces redirect to it); a user whose password someone else
 * chose (a one-time password) is sent to the password page until they have chosen their own.
 */
@WebFilter(urlPatterns = "/admin/*")
public class SignedInAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/admin/password";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Account> account = accounts.find(request.getUserPrincipal().getName()).filter(Account::isEnabled);
        if (account.isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            redirect(request, response, AdminSecurity.LOGIN_PAGE);
            return;
        }
        boolean exempt = path.startsWith(PASSWORD_PAGE) || path.startsWith(AdminSecurity.LOGIN_PAGE) || path.startsWith("/admin/language");
        if (!exempt && account.get().isMustChangePassword()) {
            redirect(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A plain redirect, or for a Faces AJAX request the partial response that makes the page follow it. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        String url = request.getContextPath() + target;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
