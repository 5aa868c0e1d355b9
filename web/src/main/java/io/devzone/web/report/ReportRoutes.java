package io.devzone.web.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The work summary as a document: {@code GET /api/reports/work-summary.docx?from=…&to=…} (Word) and {@code .html}
 * (the same as a page), for the caller's bearer token. The browser's app holds its token in memory only (keycloak-js),
 * so it fetches the document with it; the server asks the gateway one query with that same token, and the document
 * says "not available to you" where the caller's roles may not read a figure. A period that is missing or wrong is
 * 400 {@code VALIDATION_FAILED}, no token 401 {@code UNAUTHENTICATED}, both as problem+json (CONVENTIONS.md, "Errors").
 */
@Singleton
public class ReportRoutes {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(ReportRoutes.class);

    private final GatewayClient gateway;

    ReportRoutes(GatewayClient gateway) {
        this.gateway = gateway;
    }

    void routes(@Observes Router router) {
        // The gateway is asked with a blocking client: on a worker thread, never the event loop
        router.get("/api/reports/work-summary.docx").blockingHandler(ctx -> answer(ctx, DOCX, "docx",
                report -> Buffer.buffer(WordDocument.of(report))));
        router.get("/api/reports/work-summary.html").blockingHandler(ctx -> answer(ctx, "text/html; charset=utf-8",
                null, report -> Buffer.buffer(HtmlPage.of(report), StandardCharsets.UTF_8.name())));
    }

    private void answer(RoutingContext ctx, String contentType, String downloadExtension, Function<Report, Buffer> render) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || authorization.substring(7).isBlank()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problem(ctx, 401, "UNAUTHENTICATED", "Authentication is required",
                    "Send the access token as 'Authorization: Bearer <token>'.", Map.of());
            return;
        }
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(ctx.request().getParam("from"), ctx.request().getParam("to"));
        } catch (ReportPeriod.InvalidPeriod e) {
            problem(ctx, 400, "VALIDATION_FAILED", "The request is not valid",
                    "The period is not valid: see errors.", e.errors());
            return;
        }
        try {
            JsonObject answer = gateway.query(authorization.substring(7).strip(), WorkSummaryText.QUERY,
                    WorkSummaryText.variables(period));
            Report report = WorkSummaryText.of(period, answer, LocalDate.now(ZONE));
            var response = ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType);
            if (downloadExtension != null) {
                String file = "work-summary-" + period.from() + "-" + period.to() + "." + downloadExtension;
                response.putHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
            }
            response.end(render.apply(report));
        } catch (GatewayClient.Refusal e) {
            if (e.status == 401) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
            } else {
                ctx.response().putHeader("Retry-After", "10");
            }
            problem(ctx, e.status, e.code, e.status == 401 ? "Authentication is required" : "Service unavailable",
                    e.getMessage(), Map.of());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(e, "The work summary document failed (reference %s)", reference);
            problem(ctx, 500, "INTERNAL", "Internal error",
                    "Something went wrong on our side; quote reference " + reference + " when you report it.", Map.of());
        }
    }

    /** RFC 9457, as every DevZone service answers (commons' {@code Problem}): its code, and the fields at fault. */
    private static void problem(RoutingContext ctx, int status, String code, String title, String detail,
            Map<String, String> errors) {
        JsonObject problem = new JsonObject()
                .put("type", "urn:devzone:problem:" + code.toLowerCase().replace('_', '-'))
                .put("title", title).put("status", status).put("detail", detail)
                .put("instance", ctx.request().path()).put("code", code);
        if (!errors.isEmpty()) {
            JsonArray fields = new JsonArray();
            errors.forEach((field, message) -> fields.add(new JsonObject().put("field", field).put("message", message)));
            problem.put("errors", fields);
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .end(problem.encode());
    }
}
