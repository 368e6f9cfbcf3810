package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.lambda.bootstrap.ClassDataDump;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The class data archives (AppCDS) of function instances, in a cache directory shared by every runtime of the
 * user: an archive holds what a function's first instance loaded, so later instances map it instead of reading
 * and verifying the same classes again. It is derived from the code and the JVM, not state, so it lives outside
 * the data directory and outlives a reset.
 *
 * <p>An archive is named by a key of everything that makes it valid (the JVM and its home, the options, and
 * each class path entry with its size and modification time; the code's entry is a copy named by its
 * content's hash, so its path is the same for every data directory) and by the checksum of its bytes. A stale
 * archive is never looked up again, since its key changed; a damaged one fails its checksum and is removed, and
 * the next instance records a new one. Instances write archives to a temporary name and rename them, so runtimes
 * starting the same function together each write a whole archive and the last rename wins.
 */
final class ClassDataArchives {

    private static final System.Logger LOG = System.getLogger(ClassDataArchives.class.getName());
    private static final String ARCHIVE_SUFFIX = ".jsa";
    /** How many archives and code copies the cache keeps beyond those written in the last {@link #KEPT_AGE}. */
    static final int KEPT_FILES = 16;
    /**
     * How long a file is kept whatever the count: long enough for a runtime starting now to use what it just
     * wrote, and for a recording instance to finish its class list. Not longer: each build of the functions adds
     * an archive (20-50 MB) and a code copy (17-20 MB) per function, and a day of builds kept 8 GB.
     */
    static final Duration KEPT_AGE = Duration.ofHours(1);

    private final Path directory;
    private final Path archiveDirectory;
    private final Path codeDirectory;
    private final Set<Path> verified = ConcurrentHashMap.newKeySet();
    private final Set<String> recording = ConcurrentHashMap.newKeySet();

    private ClassDataArchives(Path directory) {
        this.directory = directory;
        this.archiveDirectory = directory == null ? null : directory.resolve("archives");
        this.codeDirectory = directory == null ? null : directory.resolve("code");
    }

    /** Archives kept in {@code directory}; none when it is null or cannot be made (instances then start without). */
    static ClassDataArchives in(Path directory) {
        if (directory == null) {
            return new ClassDataArchives(null);
        }
        try {
            ClassDataArchives archives = new ClassDataArchives(directory);
            Files.createDirectories(archives.archiveDirectory);
            Files.createDirectories(archives.codeDirectory);
            archives.removeOldFiles();
            return archives;
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "No class data archives for function instances: cannot use "
                    + directory + " (" + e + ")");
            return new ClassDataArchives(null);
        }
    }

    /** The user's cache directory for them: {@code $XDG_CACHE_HOME}, or {@code ~/.cache}. */
    static Path userCacheDirectory() {
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        Path base = cacheHome != null && !cacheHome.isBlank() ? Path.of(cacheHome)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("apartment-booking-local").resolve("lambda-class-data");
    }

    /** Where files that must keep one path across runtimes go (the instances' own jar); null without archives. */
    Path directory() {
        return directory;
    }

    /**
     * The function's code at a path that is the same for every runtime: a copy in the cache named as the code's
     * file is (by its content's hash), made once. Without archives the code stays where it is.
     */
    Path stableCode(Path code) {
        if (directory == null) {
            return code;
        }
        Path copy = codeDirectory.resolve(code.getFileName());
        if (!Files.exists(copy)) {
            try {
                Path partial = Files.createTempFile(codeDirectory, "code", ".partial");
                Files.copy(code, partial, StandardCopyOption.REPLACE_EXISTING);
                moveIfAbsent(partial, copy);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot copy a function's code to " + codeDirectory + ": " + e);
                return code;
            }
        }
        return copy;
    }

    /** The key of the archives valid for instances started with {@code options} on {@code classPath}. */
    String key(List<String> options, List<Path> classPath) {
        MessageDigest digest = sha256();
        List<String> parts = new ArrayList<>();
        parts.add(System.getProperty("java.home"));
        parts.add(System.getProperty("java.vm.version"));
        parts.addAll(options);
        for (Path entry : classPath) {
            parts.add(entry.toAbsolutePath().toString());
            try {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                parts.add(attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                parts.add("missing");
            }
        }
        parts.forEach(part -> digest.update((part + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * How an instance started now uses the archives of {@code key}: it maps the one there is, or, when there is
     * none and it {@code mayRecord}, records one unless another instance of this runtime already does; nothing
     * without archives.
     */
    ClassDataUse use(String key, boolean mayRecord) {
        if (directory == null) {
            return ClassDataUse.NONE;
        }
        Optional<Path> archive = intact(key);
        if (archive.isPresent()) {
            return ClassDataUse.mapping(archive.get());
        }
        if (!mayRecord || !recording.add(key)) {
            return ClassDataUse.NONE;
        }
        return ClassDataUse.recording(archiveDirectory.resolve(key).toString(), () -> recording.remove(key));
    }

    /** The archive of {@code key} whose bytes match its checksum (checked once per runtime); damaged ones go. */
    private Optional<Path> intact(String key) {
        try (DirectoryStream<Path> archives = Files.newDirectoryStream(archiveDirectory, key + "-*" + ARCHIVE_SUFFIX)) {
            for (Path archive : archives) {
                if (verified.contains(archive)) {
                    return Optional.of(archive);
                }
                String name = archive.getFileName().toString();
                String checksum = name.substring(key.length() + 1, name.length() - ARCHIVE_SUFFIX.length());
                if (ClassDataDump.checksum(archive).equals(checksum)) {
                    verified.add(archive);
                    return Optional.of(archive);
                }
                LOG.log(System.Logger.Level.WARNING, "Removing the damaged class data archive " + archive);
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot read the class data archives in " + archiveDirectory + ": " + e);
        }
        return Optional.empty();
    }

    /**
     * Keeps the cache bounded: of the archives and of the code copies, the newest {@value #KEPT_FILES} stay, and
     * so does anything written in the last {@link #KEPT_AGE} (another runtime may be about to use it); older
     * leftovers of writes that never finished go too. A runtime whose code copy goes this way copies it again
     * for its next instance.
     */
    private void removeOldFiles() throws IOException {
        Instant keptSince = Instant.now().minus(KEPT_AGE);
        for (Path folder : List.of(archiveDirectory, codeDirectory)) {
            List<Path> files;
            try (Stream<Path> listed = Files.list(folder)) {
                files = listed.sorted(Comparator.comparing(ClassDataArchives::modified).reversed()).toList();
            }
            int kept = 0;
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean finished = !name.contains(".partial") && !name.endsWith(ClassDataUse.CLASS_LIST_SUFFIX);
                boolean recent = modified(file).toInstant().isAfter(keptSince);
                if (recent || finished && kept < KEPT_FILES) {
                    kept += finished ? 1 : 0;
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Gives {@code partial} the name {@code target} unless another runtime made it meanwhile: a link, which
     * never replaces, since replacing would change the modification time that the archives made on it check.
     */
    private static void moveIfAbsent(Path partial, Path target) throws IOException {
        try {
            Files.createLink(target, partial);
        } catch (FileAlreadyExistsException e) {
            // The same content, by its name.
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
