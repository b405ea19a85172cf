package org.jiamusi.vet.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiamusi.vet.cms.account.Account;
import org.jiamusi.vet.cms.account.AccountService;

/**
 * Sends a user whose password someone else chose (the first administrator's one-time password) to
 * the password page until they have chosen their own; nothing else of the back office answers them.
 */
@WebFilter(urlPatterns = "/admin/*")
public class MustChangePasswordFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PASSWORD_PAGE = "/admin/password";

    @Inject
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean exempt = path.startsWith(PASSWORD_PAGE) || path.startsWith(AdminSecurity.LOGIN_PAGE) || path.startsWith("/admin/language");
        if (!exempt && request.getUserPrincipal() != null
                && accounts.find(request.getUserPrincipal().getName()).map(Account::isMustChangePassword).orElse(false)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
