package com.psynergybilling.leads.platform.control;

import com.psynergybilling.leads.platform.entity.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a problem straight to a servlet response, for answers given outside JAX-RS. */
public final class ProblemWriter {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status);
        ResponseHeaders.apply(response);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
        response.getWriter().flush();
    }
}
