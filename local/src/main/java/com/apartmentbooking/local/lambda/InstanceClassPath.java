package com.apartmentbooking.local.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.apartmentbooking.local.lambda.bootstrap.InstanceMain;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.utilslite.SdkInternalThreadLocal;

/**
 * What an instance's JVM runs besides the function's code: the runtime interface client and the libraries it
 * depends on (aws-lambda-java-core, -serialization and the SDK's utils-lite, per its pom), found where this
 * runtime loaded them from, and {@link InstanceMain} copied alone into a directory of its own. Nothing else of
 * the runtime's class path (Jetty, H2, Jackson) is visible to functions, as on Lambda.
 *
 * <p>The client's native library is unpacked here once too: left to itself, every starting instance copies it
 * over one fixed temporary file while others are loading it, and instances starting together crash (SIGBUS).
 */
final class InstanceClassPath implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(InstanceClassPath.class.getName());
    /** The system property the client reads for a native library that is already unpacked. */
    private static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    private static final List<Class<?>> RUNTIME_CLIENT_CLASSES = List.of(
            AWSLambda.class, RequestHandler.class, PojoSerializer.class, SdkInternalThreadLocal.class);

    private final Path bootstrapDirectory;
    private final List<Path> entries;
    private final Path nativeLibrary;

    InstanceClassPath() {
        try {
            bootstrapDirectory = Files.createTempDirectory("lambda-instance-main");
            String classFile = InstanceMain.class.getName().replace('.', '/') + ".class";
            Path target = bootstrapDirectory.resolve(classFile);
            Files.createDirectories(target.getParent());
            try (InputStream in = InstanceMain.class.getResourceAsStream("/" + classFile)) {
                if (in == null) {
                    throw new IllegalStateException("The class file of " + InstanceMain.class.getName() + " is missing");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the instances' main class", e);
        }
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(bootstrapDirectory);
        RUNTIME_CLIENT_CLASSES.forEach(type -> paths.add(locationOf(type)));
        if (paths.contains(locationOf(InstanceClassPath.class))) {
            LOG.log(System.Logger.Level.WARNING, "The runtime interface client is packed into the runtime's own jar, "
                    + "so functions see all of the runtime's classes; run the runtime from separate jars to isolate them");
        }
        entries = List.copyOf(paths);
        nativeLibrary = unpackNativeLibrary(bootstrapDirectory);
    }

    /** The JVM options that make the client load the library unpacked here. */
    List<String> jvmOptions() {
        return List.of("-D" + NATIVE_LIBRARY_PROPERTY + "=" + nativeLibrary);
    }

    private static Path unpackNativeLibrary(Path directory) {
        String arch = System.getProperty("os.arch").equals("aarch64") ? "aarch_64" : "x86_64";
        boolean musl = Files.exists(Path.of("/lib/ld-musl-" + (arch.equals("aarch_64") ? "aarch64" : "x86_64") + ".so.1"));
        String name = "libaws-lambda-jni.linux" + (musl ? "_musl" : "") + "-" + arch + ".so";
        Path target = directory.resolve(name);
        try (InputStream in = AWSLambda.class.getResourceAsStream("/jni/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The runtime interface client has no native library " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the runtime interface client's native library", e);
        }
        return target;
    }

    String mainClass() {
        return InstanceMain.class.getName();
    }

    /**
     * The class path of an instance of a function whose code is at {@code codePath}. The client comes first: on
     * Lambda its aws-lambda-java-core wins over a copy packed into the function's jar (the function's class
     * loader asks the runtime's first).
     */
    String forFunction(Path codePath) {
        List<String> all = new ArrayList<>();
        entries.forEach(entry -> all.add(entry.toString()));
        all.add(codePath.toAbsolutePath().toString());
        return String.join(File.pathSeparator, all);
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
        try (Stream<Path> files = Files.walk(bootstrapDirectory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
