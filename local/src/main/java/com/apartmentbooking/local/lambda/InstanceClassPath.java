package com.apartmentbooking.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.apartmentbooking.local.lambda.bootstrap.ClassDataDump;
import com.apartmentbooking.local.lambda.bootstrap.InstanceMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * What an instance's JVM runs besides the function's code: the runtime interface client and the libraries it
 * depends on (aws-lambda-java-core, -serialization and the SDK's utils-lite, per its pom), found where this
 * runtime loaded them from, and the instances' own jar ({@link InstanceMain} and {@link ClassDataDump}). Nothing
 * else of the runtime's class path (Jetty, H2, Jackson) is visible to functions, as on Lambda.
 *
 * <p>The client's native library is unpacked here once too: left to itself, every starting instance copies it
 * over one fixed temporary file while others are loading it, and instances starting together crash (SIGBUS).
 *
 * <p>Given a directory of its own, the jar and the library are kept there under names of their content (of what the
 * jars they come from record of it, where they come from jars), written once and never replaced: a class data archive
 * is valid only for the class path it was made on, file times included, so the path must stay the same from one runtime
 * to the next. Without one they go to a temporary directory, removed on close.
 */
final class InstanceClassPath implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(InstanceClassPath.class.getName());
    /** The system property the client reads for a native library that is already unpacked. */
    private static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    private static final List<Class<?>> RUNTIME_CLIENT_CLASSES = List.of(
            AWSLambda.class, RequestHandler.class, PojoSerializer.class, SdkInternalThreadLocal.class);
    private static final List<Class<?>> INSTANCE_CLASSES = List.of(InstanceMain.class, ClassDataDump.class);

    private final Path directory;
    private final boolean temporary;
    private final List<Path> entries;
    private final Path nativeLibrary;

    /** The instances' files kept in {@code stableDirectory}, or in a temporary directory when it is null. */
    InstanceClassPath(Path stableDirectory) {
        try {
            temporary = stableDirectory == null;
            directory = temporary ? Files.createTempDirectory("lambda-instance-main") : stableDirectory;
            Files.createDirectories(directory);
            List<Path> paths = new ArrayList<>();
            paths.add(keep(identity(InstanceMain.class, INSTANCE_CLASSES.stream().map(InstanceClassPath::classFile)
                    .toList()), InstanceClassPath::instanceJar, "instance-main-", ".jar"));
            RUNTIME_CLIENT_CLASSES.forEach(type -> {
                Path location = locationOf(type);
                if (!paths.contains(location)) {
                    paths.add(location);
                }
            });
            if (paths.contains(locationOf(InstanceClassPath.class))) {
                LOG.log(System.Logger.Level.WARNING, "The runtime interface client is packed into the runtime's own "
                        + "jar, so functions see all of the runtime's classes; run the runtime from separate jars to "
                        + "isolate them");
            }
            entries = List.copyOf(paths);
            String library = nativeLibraryName();
            String libraryResource = "/jni/" + library;
            nativeLibrary = keep(identity(AWSLambda.class, List.of(libraryResource)),
                    () -> resource(AWSLambda.class, libraryResource), "", "-" + library);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the instances' class path", e);
        }
    }

    /** The JVM options that make the client load the library unpacked here. */
    List<String> jvmOptions() {
        return List.of("-D" + NATIVE_LIBRARY_PROPERTY + "=" + nativeLibrary);
    }

    private static String nativeLibraryName() {
        String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch_64" : "x86_64";
        boolean musl = Files.exists(Path.of("/lib/ld-musl-" + (arch.equals("aarch_64") ? "aarch64" : "x86_64") + ".so.1"));
        return "libaws-lambda-jni.linux" + (musl ? "_musl" : "") + "-" + arch + ".so";
    }

    /** The instances' own jar: their main class and what it calls, with no manifest (the class is named). */
    private static byte[] instanceJar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            for (Class<?> type : INSTANCE_CLASSES) {
                String classFile = classFile(type);
                ZipEntry entry = new ZipEntry(classFile.substring(1));
                // A fixed time, so the same classes make the same bytes.
                entry.setTime(0);
                jar.putNextEntry(entry);
                jar.write(resource(type, classFile));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String classFile(Class<?> type) {
        return "/" + type.getName().replace('.', '/') + ".class";
    }

    /** A file's content, read only when the file is not kept yet. */
    private interface Content {
        byte[] read() throws IOException;
    }

    /**
     * What names a kept file made of {@code resources} of {@code owner}'s class path: when they come from a jar,
     * the CRC-32 and size the jar records for each, read without inflating them (reading and hashing the client's
     * 800 KB native library took 34-62 ms of each start); else null, and the file is named by its content's hash.
     */
    private static String identity(Class<?> owner, List<String> resources) throws IOException {
        StringBuilder recorded = new StringBuilder();
        for (String name : resources) {
            URL url = owner.getResource(name);
            if (url == null) {
                throw new IllegalStateException("The runtime's " + name + " is missing");
            }
            if (!(url.openConnection() instanceof JarURLConnection connection)) {
                return null;
            }
            // Not the connections' shared cache, which would keep the jar open for good.
            connection.setUseCaches(false);
            JarEntry entry;
            try (JarFile jar = connection.getJarFile()) {
                entry = jar.getJarEntry(connection.getEntryName());
            }
            if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
                return null;
            }
            recorded.append(name).append(':').append(entry.getCrc()).append(':').append(entry.getSize()).append('\n');
        }
        return "r" + HexFormat.of().formatHex(sha256(recorded.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static byte[] resource(Class<?> type, String name) throws IOException {
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The runtime's " + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /**
     * Writes {@code content} to {@code <prefix><identity><suffix>} unless it is there: a link to a finished
     * temporary file, which never replaces what another runtime wrote (and may be running). With no identity,
     * the file is named by the hash of its content.
     */
    private Path keep(String identity, Content source, String prefix, String suffix) throws IOException {
        byte[] content = identity == null ? source.read() : null;
        String name = identity != null ? identity : HexFormat.of().formatHex(sha256(content), 0, 8);
        Path target = directory.resolve(prefix + name + suffix);
        if (Files.exists(target)) {
            return target;
        }
        if (content == null) {
            content = source.read();
        }
        Path partial = Files.createTempFile(directory, prefix, ".partial");
        try {
            Files.write(partial, content);
            Files.createLink(target, partial);
        } catch (FileAlreadyExistsException e) {
            // Another runtime wrote the same bytes.
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String mainClass() {
        return InstanceMain.class.getName();
    }

    /**
     * The class path of an instance of a function whose code is at {@code codePath}. The client comes first: on
     * Lambda its aws-lambda-java-core wins over a copy packed into the function's jar (the function's class
     * loader asks the runtime's first).
     */
    List<Path> forFunction(Path codePath) {
        List<Path> all = new ArrayList<>(entries);
        all.add(codePath.toAbsolutePath());
        return all;
    }

    private static Path locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Odd location of " + type.getName() + ": " + source.getLocation(), e);
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
