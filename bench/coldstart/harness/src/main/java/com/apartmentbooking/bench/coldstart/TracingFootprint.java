package com.apartmentbooking.bench.coldstart;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How much of a shaded Lambda jar only tracing brings in.
 *
 * <p>Method: the module's verbose dependency tree ({@code mvn dependency:tree -Dverbose}, which also
 * lists duplicates it omitted) gives every artifact's dependencies. An artifact is tracing-only when
 * no path from a direct dependency other than powertools-tracing and aspectjrt (the latter is there
 * only for the woven {@code @Tracing}) reaches it. Every entry (file or directory) of those
 * artifacts' jars that no other artifact of the module also has is removed from a copy of the shaded
 * jar; that copy's size is the jar "without tracing". The copy is not runnable (the handler classes
 * are woven against aspectjrt); it is only measured.
 */
final class TracingFootprint {

    static final Set<String> TRACING_ROOTS = Set.of("software.amazon.lambda:powertools-tracing", "org.aspectj:aspectjrt");

    private static final String OWN_GROUP = "com.apartmentbooking:";

    /** g:a:type[:classifier]:version:scope, possibly in parentheses when Maven omitted it. */
    private static final Pattern NODE = Pattern.compile(
            "^([^:\\s()]+):([^:\\s()]+):([^:\\s()]+)(?::([^:\\s()]+))?:([^:\\s()]+):([^:\\s()]+)");

    /**
     * @param tracingArtifacts  g:a:version of the tracing-only artifacts
     * @param withoutTracingJar the shaded jar minus their entries
     */
    record Result(long jarBytes, long withoutTracingBytes, Set<String> tracingArtifacts, Path withoutTracingJar) {
    }

    private TracingFootprint() {
    }

    static Result measure(Path shadedJar, Path dependencyTree, Path localRepository, Path withoutTracingJar) throws IOException {
        Map<String, String> resolvedVersion = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        Set<String> directNonTracing = new HashSet<>();
        String[] pathByDepth = new String[64];
        List<String> lines = Files.readAllLines(dependencyTree);
        for (String line : lines.subList(1, lines.size())) {
            int start = firstNodeChar(line);
            Matcher node = NODE.matcher(line.substring(start).replaceFirst("^\\(", ""));
            if (!node.find()) {
                continue;
            }
            int depth = start / 3;
            String ga = node.group(1) + ":" + node.group(2);
            pathByDepth[depth] = ga;
            if (depth == 1 && !TRACING_ROOTS.contains(ga)) {
                directNonTracing.add(ga);
            } else if (depth > 1) {
                children.computeIfAbsent(pathByDepth[depth - 1], k -> new HashSet<>()).add(ga);
            }
            if (line.charAt(start) != '(' && "jar".equals(node.group(3))) {
                resolvedVersion.put(ga, node.group(5));
            }
        }
        // Maven lists the children of an artifact only where it first meets it, so what else needs
        // them is found by following the artifact, wherever its children were listed.
        Set<String> neededWithoutTracing = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(directNonTracing);
        while (!toVisit.isEmpty()) {
            String ga = toVisit.pop();
            if (neededWithoutTracing.add(ga)) {
                toVisit.addAll(children.getOrDefault(ga, Set.of()));
            }
        }

        Set<String> tracing = new TreeSet<>();
        Set<String> tracingEntries = new HashSet<>();
        Set<String> otherEntries = new HashSet<>();
        for (Map.Entry<String, String> artifact : resolvedVersion.entrySet()) {
            String ga = artifact.getKey();
            if (ga.startsWith(OWN_GROUP)) {
                continue; // the product's own modules: never tracing, and not installed in a fresh clone
            }
            boolean tracingOnly = !neededWithoutTracing.contains(ga);
            Path jar = artifactJar(localRepository, ga, artifact.getValue());
            if (tracingOnly) {
                tracing.add(ga + ":" + artifact.getValue());
            }
            (tracingOnly ? tracingEntries : otherEntries).addAll(entryNames(jar));
        }
        tracingEntries.removeAll(otherEntries);

        // The zip file system copies the entries it keeps as they are, compressed bytes included,
        // so the copy differs from the shaded jar by exactly the removed entries.
        Files.copy(shadedJar, withoutTracingJar, StandardCopyOption.REPLACE_EXISTING);
        try (FileSystem copy = FileSystems.newFileSystem(withoutTracingJar)) {
            List<String> removed = new ArrayList<>(tracingEntries);
            removed.sort(Comparator.reverseOrder()); // a directory's entries before the directory
            for (String name : removed) {
                Files.deleteIfExists(copy.getPath(name));
            }
        }
        return new Result(Files.size(shadedJar), Files.size(withoutTracingJar), tracing, withoutTracingJar);
    }

    private static int firstNodeChar(String line) {
        int i = 0;
        while (i < line.length() && " |+-\\".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static Path artifactJar(Path localRepository, String ga, String version) {
        String[] parts = ga.split(":");
        Path jar = localRepository.resolve(parts[0].replace('.', '/')).resolve(parts[1]).resolve(version)
                .resolve(parts[1] + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not in the local Maven repository: " + jar);
        }
        return jar;
    }

    private static Set<String> entryNames(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
