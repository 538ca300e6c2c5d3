package fr.justedroit.server;

import fr.justedroit.EvaluationException;
import fr.justedroit.InputError;
import fr.justedroit.InvalidRequestException;
import fr.justedroit.JusteDroit;
import fr.justedroit.Language;
import fr.justedroit.Request;
import fr.justedroit.RequestLimits;
import fr.justedroit.Requests;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every endpoint of the service. The engine is built once, before the service starts, and shared by
 * every request (it is thread-safe). Whatever goes wrong, the client gets the contract's error object
 * and never a stack trace; the log names the endpoint and the kind of failure, never the request.
 */
final class Routes extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    /** What the page may load and run: its own files only (no inline script, nothing from elsewhere). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final JusteDroit engine;
    private final ServerLimits limits;
    private final RequestLimits requestLimits;
    private final Admission admission;
    private final BatchStream batch;
    private final SweepEndpoint sweep;
    private final BundledExamples examples;
    private final WebResources web;
    private final String rules;
    private final String parameters;
    private final String health;
    private final String openApi;

    Routes(JusteDroit engine, ServerLimits limits) {
        super(InvocationType.BLOCKING);
        this.engine = engine;
        this.limits = limits;
        this.requestLimits = RequestLimits.DEFAULT.withMaxChars(limits.maxRequestBytes());
        this.admission = new Admission(limits.maxConcurrent(), limits.maxQueued());
        this.batch = new BatchStream(engine, limits);
        this.sweep = new SweepEndpoint(engine, limits.maxSweepPoints());
        this.examples = BundledExamples.load();
        this.web = WebResources.load();
        this.rules = CatalogDocuments.rules(engine);
        this.parameters = CatalogDocuments.parameters(engine);
        this.health = CatalogDocuments.health(engine);
        this.openApi = OpenApiDocument.write();
    }

    @Override
    public boolean handle(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String path = org.eclipse.jetty.server.Request.getPathInContext(request);
        try {
            route(method, path, request, response, callback);
        } catch (HttpProblem p) {
            Bodies.discard(request); // the client gets the refusal, not a broken pipe (see Bodies)
            Replies.error(response, callback, p);
        } catch (InvalidRequestException e) {
            Replies.error(response, callback, 400, "the request breaks the contract", e.errors());
        } catch (EvaluationException e) {
            Replies.error(response, callback, 500, "the rules could not decide this request: " + e.getMessage(), List.of());
        } catch (Exception e) {
            // The exception's message may quote the request: only its kind is logged.
            LOG.warn("{} {} failed: {}", method, path, e.getClass().getName());
            if (!response.isCommitted()) {
                Replies.error(response, callback, 500, "the service could not answer (an internal error, logged without the request)", List.of());
            } else {
                callback.failed(e);
            }
        }
        return true;
    }

    private void route(String method, String path, org.eclipse.jetty.server.Request request, Response response,
            Callback callback) throws Exception {
        boolean get = method.equals("GET") || method.equals("HEAD");
        boolean post = method.equals("POST");
        switch (path) {
            case "/decide", "/decide/text" -> {
                requirePost(post, method, path);
                Language language = language(request);
                boolean json = path.equals("/decide");
                String answer;
                try (Admission.Turn turn = admit()) {
                    // Read once admitted: the bodies in memory are bounded by the admitted requests.
                    String body = Bodies.text(request, limits.maxRequestBytes());
                    Request decided = Requests.fromJson(body, null, requestLimits);
                    // The same bytes as `justedroit evaluate FILE`: the response JSON and a newline.
                    answer = json ? engine.toJson(engine.decide(decided), language) + "\n"
                            : engine.toText(engine.decide(decided), language);
                }
                // Sent once the turn is given back: a client that has its answer may have the next turn at once.
                Replies.send(response, callback, 200, json ? Replies.JSON : Replies.TEXT, answer);
            }
            case "/batch" -> {
                requirePost(post, method, path);
                Language language = language(request);
                if (request.getLength() > limits.maxBatchBytes()) {
                    throw Bodies.tooLarge(request.getLength() + " bytes", limits.maxBatchBytes());
                }
                Admission.Turn turn = admit();
                OutputStream out = Content.Sink.asOutputStream(response);
                try (InputStream in = Content.Source.asInputStream(request)) {
                    response.setStatus(200);
                    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/x-ndjson; charset=utf-8");
                    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
                    // The status line goes out as soon as the batch is admitted: the client knows it has its
                    // turn (it is not a 503) before the first line is decided.
                    out.flush();
                    batch.run(in, out, language);
                } finally {
                    turn.close();
                }
                // The end of the response goes out once the turn is given back, as for /decide.
                out.close();
                callback.succeeded();
            }
            case "/sweep" -> {
                requirePost(post, method, path);
                Language language = language(request);
                String svg;
                try (Admission.Turn turn = admit()) {
                    String body = Bodies.text(request, limits.maxRequestBytes());
                    Request household = Requests.fromJson(body, null, requestLimits);
                    svg = sweep.svg(household, org.eclipse.jetty.server.Request.extractQueryParameters(request), language);
                }
                Replies.send(response, callback, 200, "image/svg+xml; charset=utf-8", svg);
            }
            case "/rules" -> answer(get, method, path, response, callback, rules);
            case "/parameters" -> answer(get, method, path, response, callback, parameters);
            case "/health" -> answer(get, method, path, response, callback, health);
            case "/openapi.json" -> answer(get, method, path, response, callback, openApi);
            case "/examples" -> answer(get, method, path, response, callback, examples.index());
            default -> {
                if (path.startsWith("/examples/")) {
                    requireGet(get, method, path);
                    Optional<String> example = examples.get(path.substring("/examples/".length()));
                    if (example.isEmpty()) {
                        throw notFound(path);
                    }
                    Replies.json(response, callback, example.get());
                    return;
                }
                Optional<WebResources.File> file = web.get(path);
                if (file.isEmpty()) {
                    throw notFound(path);
                }
                requireGet(get, method, path);
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.get().contentType());
                response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                response.getHeaders().put("X-Content-Type-Options", "nosniff");
                response.getHeaders().put("Referrer-Policy", "no-referrer");
                response.write(true, ByteBuffer.wrap(file.get().bytes()), callback);
            }
        }
    }

    private Admission.Turn admit() throws HttpProblem, InterruptedException {
        Admission.Turn turn = admission.enter();
        if (turn == null) {
            throw new HttpProblem(503, "the service is busy: " + admission.capacity()
                    + " requests are already being decided or waiting; retry in a moment", List.of());
        }
        return turn;
    }

    private static void answer(boolean get, String method, String path, Response response, Callback callback, String json)
            throws HttpProblem {
        requireGet(get, method, path);
        Replies.json(response, callback, json);
    }

    private static Language language(org.eclipse.jetty.server.Request request) throws HttpProblem {
        Fields query = org.eclipse.jetty.server.Request.extractQueryParameters(request);
        String lang = query.getValue("lang");
        if (lang == null || lang.isEmpty()) {
            return Language.FR;
        }
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "fr" -> Language.FR;
            case "en" -> Language.EN;
            default -> throw HttpProblem.badRequest("the request breaks the contract", new InputError("?lang",
                    "'" + (lang.length() > 20 ? lang.substring(0, 20) + "..." : lang) + "' is not a language of the reasons", "fr or en"));
        };
    }

    private static void requirePost(boolean post, String method, String path) throws HttpProblem {
        if (!post) {
            throw new HttpProblem(405, method + " " + path + " is not an endpoint: send the request with POST", List.of());
        }
    }

    private static void requireGet(boolean get, String method, String path) throws HttpProblem {
        if (!get) {
            throw new HttpProblem(405, method + " " + path + " is not an endpoint: use GET", List.of());
        }
    }

    private static HttpProblem notFound(String path) {
        return new HttpProblem(404, "no such resource: " + (path.length() > 80 ? path.substring(0, 80) + "..." : path)
                + " (the endpoints are listed in /openapi.json)", List.of());
    }
}
