package com.psynergybilling.leads.platform.boundary;

import com.psynergybilling.leads.platform.control.Pages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The built-in thank-you page that a browser's form post lands on (unless LEADS_THANK_YOU_URL is set),
 * with a link to the post's consent receipt when the redirect names it ({@code ?receipt=<token>}).
 */
@WebServlet("/thank-you")
public class PageServlet extends HttpServlet {

    static final java.util.regex.Pattern RECEIPT = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,800}");

    @Inject
    Pages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String receipt = request.getParameter("receipt");
        var scope = new java.util.HashMap<String, Object>(Map.of("title", "Thank you"));
        if (receipt != null && RECEIPT.matcher(receipt).matches()) {
            // A link to this service's own receipt page; the receipt itself checks the token's signature.
            // (No query: a browser's Accept header gets the page.)
            scope.put("receipt", "/receipts/" + receipt);
        }
        pages.answer(response, 200, "thank-you", scope);
    }
}
