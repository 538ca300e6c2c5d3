package fr.justedroit.cli;

import fr.justedroit.JusteDroit;
import fr.justedroit.RuleSetException;
import fr.justedroit.server.JusteDroitServer;
import fr.justedroit.server.ServerLimits;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code justedroit serve [--port P] [--rules DIR] [--reform DIR]}: the engine over HTTP, built once
 * and shared by every request, with the page at {@code /}. Runs until stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the engine over HTTP: POST /decide, /decide/text, /batch, /sweep; GET /rules, /parameters, "
                + "/health, /examples, /openapi.json; and a page at /.",
                "Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "P", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--max-request-bytes", paramLabel = "N",
            description = "Largest request body, and longest batch line, in bytes (default: ${DEFAULT-VALUE}).")
    int maxRequestBytes = ServerLimits.DEFAULT.maxRequestBytes();

    @Option(names = "--max-batch-bytes", paramLabel = "N", description = "Largest /batch body, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBatchBytes = ServerLimits.DEFAULT.maxBatchBytes();

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests decided at the same time (default: ${DEFAULT-VALUE}, twice the cores).")
    int maxConcurrent = ServerLimits.DEFAULT.maxConcurrent();

    @Option(names = "--max-queued", paramLabel = "N",
            description = "Requests waiting for their turn; beyond, 503 (default: ${DEFAULT-VALUE}).")
    int maxQueued = ServerLimits.DEFAULT.maxQueued();

    @Mixin
    EngineOptions engineOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerLimits limits;
        try {
            limits = new ServerLimits(maxRequestBytes, maxBatchBytes, maxConcurrent, maxQueued, ServerLimits.DEFAULT.maxSweepPoints());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (port < 0 || port > 65_535) {
            err.println("error: --port: " + port + " is not a port (expected 0 to 65535)");
            return Main.BAD_INPUT;
        }
        JusteDroit engine;
        try {
            engine = engineOptions.build();
        } catch (RuleSetException e) {
            return Main.rulesDoNotLoad(e, err);
        }
        JusteDroitServer server;
        try {
            server = JusteDroitServer.start(engine, host, port, limits);
        } catch (java.io.IOException e) {
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        out.println("JusteDroit serving " + engine.catalog().rules().size() + " rules on " + server.uri()
                + " (page at /, API described at /openapi.json); Ctrl-C to stop.");
        out.flush();
        server.join();
        return Main.OK;
    }
}
