package org.scalingexplorer.io.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One autosave file per running instance, so two windows never take each other's work for a crash to restore.
 * Each instance holds an OS lock on its own {@code <id>.lock} for as long as it runs; the lock goes away with the
 * process, however it ends. An autosave whose lock nobody holds belongs to an instance that is gone (it crashed or
 * was killed): that is what the next start offers to restore. Files live in {@code <data dir>/autosave/}.
 */
public final class AutosaveSlots implements AutoCloseable {
    static final String SUFFIX = ".scaling-workspace.json";
    private static final String LOCK = ".lock";
    /** Where versions before per-instance autosaves kept the one autosave: read as an orphan, once. */
    static final String LEGACY = "autosave" + SUFFIX;

    private final Path dataDir;
    private final Path dir;
    private final String id;
    private FileChannel channel;
    private FileLock lock;

    private AutosaveSlots(Path dataDir, String id) {
        this.dataDir = dataDir;
        this.dir = dataDir.resolve("autosave");
        this.id = id;
    }

    /** Takes a slot for this instance; autosave still works (unlocked) when the folder cannot be locked. */
    public static AutosaveSlots open(Path dataDir) {
        AutosaveSlots s = new AutosaveSlots(dataDir, ProcessHandle.current().pid() + "-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        try {
            Files.createDirectories(s.dir);
            s.removeStaleLocks();
            s.channel = FileChannel.open(s.dir.resolve(s.id + LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            s.lock = s.channel.tryLock();
        } catch (IOException | RuntimeException e) {
            // a read-only or locked-down data folder: autosave reports its own failure when it tries to write
        }
        return s;
    }

    /** Lock files of instances that are gone and left no autosave (a clean exit): nothing to offer, so removed. */
    private void removeStaleLocks() throws IOException {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(dir, "*" + LOCK)) {
            for (Path l : locks) {
                String n = l.getFileName().toString();
                Path autosave = dir.resolve(n.substring(0, n.length() - LOCK.length()) + SUFFIX);
                if (!Files.exists(autosave) && !running(l)) Files.deleteIfExists(l);
            }
        }
    }

    /** This instance's autosave file. */
    public Path file() {
        return dir.resolve(id + SUFFIX);
    }

    /** Autosaves of instances that are no longer running, newest first. */
    public List<Path> orphans() {
        List<Path> found = new ArrayList<>();
        Path legacy = dataDir.resolve(LEGACY);
        if (Files.isRegularFile(legacy)) found.add(legacy);
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
                for (Path f : files) {
                    if (!f.equals(file()) && !running(lockOf(f))) found.add(f);
                }
            } catch (IOException e) {
                // nothing to offer
            }
        }
        found.sort(Comparator.comparing(AutosaveSlots::modified).reversed());
        return found;
    }

    /** The newest orphan, if any. */
    public Optional<Path> newestOrphan() {
        List<Path> o = orphans();
        return o.isEmpty() ? Optional.empty() : Optional.of(o.get(0));
    }

    /** Removes an orphan (restored, or declined); a running instance's autosave is never touched. */
    public void discard(Path orphan) {
        if (orphan.equals(file())) return;
        Path lockFile = lockOf(orphan);
        if (running(lockFile)) return;
        try {
            Files.deleteIfExists(orphan);
            Files.deleteIfExists(lockFile);
        } catch (IOException e) {
            // offered again next time
        }
    }

    /** Ends this instance's claim (as the OS does when the process dies): its autosave file stays. */
    @Override
    public void close() {
        try {
            if (lock != null) lock.release();
            if (channel != null) channel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
        lock = null;
        channel = null;
        if (!Files.exists(file())) {
            try {
                Files.deleteIfExists(dir.resolve(id + LOCK));
            } catch (IOException e) {
                // an empty lock file is harmless
            }
        }
    }

    private Path lockOf(Path autosave) {
        String n = autosave.getFileName().toString();
        return autosave.resolveSibling(n.substring(0, n.length() - SUFFIX.length()) + LOCK);
    }

    /** Whether an instance holds {@code lockFile}: tried by taking the lock ourselves, and giving it back at once. */
    static boolean running(Path lockFile) {
        if (!Files.exists(lockFile)) return false;
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) return true;
            l.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by another slot of this same process
        } catch (IOException e) {
            return true; // cannot tell: leave it alone
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
