package org.scalingexplorer.io.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either the old file or the whole new one: to a temporary file in the same folder,
 * flushed to disk, then renamed over the target. If anything fails the old file is intact and the temporary one
 * is removed. Written the way users expect of any editor:
 * <ul>
 *   <li>a new file gets the mode the umask gives (0644 under umask 022), an overwritten one keeps its mode;</li>
 *   <li>a symbolic link is written through: its target is replaced (atomically, beside the target), the link stays;</li>
 *   <li>a temporary file left by a killed save ({@code .<name>.<pid>-<random>.part}, named for the process writing
 *       it) is removed by the next save of that file, and by {@link #removeLeftovers(Path)} at start for the app's own
 *       folders, as soon as that process is gone; one without a process in its name (an older version's) once it is
 *       older than {@link #LEFTOVER_AGE}.</li>
 * </ul>
 */
public final class AtomicFiles {
    /** How old a temporary file must be before another save may take it for a leftover. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(5);
    private static final String SUFFIX = ".part";
    /** Linux gives up after 40 links in a path; so do we, rather than loop on a cycle. */
    private static final int MAX_LINKS = 40;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path real = throughLinks(target.toAbsolutePath());
        Path dir = real.getParent();
        if (dir == null || real.getFileName() == null) throw new FileSystemException(target.toString(), null, "is not a file name");
        refuseAnythingButARegularFile(target, real);
        Files.createDirectories(dir);
        String name = real.getFileName().toString();
        removeLeftovers(dir, "." + name + ".");
        Set<PosixFilePermission> keep = existingPermissions(real);
        Path tmp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + SUFFIX);
        FileChannel opened;
        try {
            // no file attributes: the system gives 0666 less the umask, as to any file a program creates
            opened = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileSystemException e) {
            throw namingTarget(e, target);
        }
        try {
            try (FileChannel ch = opened) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (keep != null) Files.setPosixFilePermissions(tmp, keep);
            // what is there may have changed while the content was written: checked again just before the rename
            refuseAnythingButARegularFile(target, real);
            try {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw e.getFile() != null && e.getFile().equals(target.toString()) ? e : namingTarget(e, target);
        } catch (IOException e) {
            // a full disk, a failed device: the file and the cause, not a library's own words alone ("I/O error writing PNG file!")
            throw new FileSystemException(target.toString(), null, cause(e));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Only a regular file, or a new path, is written. A device, a FIFO or a socket (even behind a link) would be
     * replaced by the rename, so is refused with what it is; so is a read-only file, which a rename would replace
     * though it cannot be written.
     */
    static void refuseAnythingButARegularFile(Path target, Path real) throws IOException {
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) return;
        BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory()) throw new FileSystemException(target.toString(), null, "is a folder");
        if (!a.isRegularFile()) {
            throw new FileSystemException(target.toString(), null, "is not a regular file (" + InputFiles.kind(real)
                    + "): only a regular file or a new name is written");
        }
        if (readOnly(real)) throw new FileSystemException(target.toString(), null, "is read-only: it is not replaced");
    }

    /**
     * Read-only as its owner marked it (no write permission for the owner), as editors take it: even a user who could
     * write it anyway (root) does not have it replaced behind that mark; elsewhere, as the file system says.
     */
    static boolean readOnly(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }

    /** The innermost cause's words: "No space left on device", not "I/O error writing PNG file!". */
    static String cause(IOException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return t == e ? m : m + " (" + e.getMessage() + ")";
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Removes the temporary files of interrupted saves in {@code dir} (not below it) older than {@link #LEFTOVER_AGE}. */
    public static void removeLeftovers(Path dir) {
        removeLeftovers(dir, ".");
    }

    private static void removeLeftovers(Path dir, String prefix) {
        FileTime before = FileTime.from(Instant.now().minus(LEFTOVER_AGE));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(SUFFIX);
        })) {
            for (Path p : parts) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                OptionalLong writer = writer(p.getFileName().toString());
                boolean dead = writer.isPresent() && ProcessHandle.of(writer.getAsLong()).map(h -> !h.isAlive()).orElse(true);
                if (dead || writer.isEmpty() && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(before) < 0) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a folder we cannot list or clean does not stop a save
        }
    }

    private static final Pattern WRITER = Pattern.compile("\\.(\\d{1,18})-[0-9a-z]{1,13}\\.part$");

    /** The process that writes a temporary file, from its name; empty for a name without one. */
    static OptionalLong writer(String partName) {
        Matcher m = WRITER.matcher(partName);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The file a path names once every symbolic link in its last component is followed. */
    static Path throughLinks(Path p) throws IOException {
        Path at = p;
        for (int i = 0; i < MAX_LINKS; i++) {
            if (!Files.isSymbolicLink(at)) return at;
            Path next = Files.readSymbolicLink(at);
            at = at.resolveSibling(next).normalize();
        }
        throw new FileSystemException(p.toString(), null, "too many levels of symbolic links");
    }

    /** The same failure, naming the file the user asked for rather than our temporary file beside it. */
    private static FileSystemException namingTarget(FileSystemException e, Path target) {
        String t = target.toString();
        if (e instanceof AccessDeniedException) return new AccessDeniedException(t, null, e.getReason());
        if (e instanceof NoSuchFileException) return new NoSuchFileException(t, null, e.getReason());
        return new FileSystemException(t, null, e.getReason());
    }

    private static Set<PosixFilePermission> existingPermissions(Path file) throws IOException {
        if (!Files.exists(file) || Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) return null;
        return Files.getPosixFilePermissions(file);
    }
}
