package com.psynergybilling.leads.intake.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * {@code GET /receipts/{token}}, the consent receipt's documented public path (API.md), outside the
 * API's root: handed to {@link ReceiptsResource} inside the service (a forward, not a redirect), so
 * the JSON or HTML answer, the rate limit and the 404s are the API's own. A path that cannot be a
 * token goes on as one that names no receipt, and gets the same 404.
 */
@WebServlet("/receipts/*")
public class ReceiptPages extends HttpServlet {

    static final Pattern TOKEN = Pattern.compile("/[A-Za-z0-9._-]{1,800}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String token = path != null && TOKEN.matcher(path).matches() ? path.substring(1) : "-";
        request.getRequestDispatcher("/api/v1/receipts/" + token).forward(request, response);
    }
}
