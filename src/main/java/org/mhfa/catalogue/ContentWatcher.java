package org.mhfa.catalogue;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** Watches a content folder tree and calls back once per burst of changes. */
final class ContentWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ContentWatcher.class);
    private static final long QUIET_MILLIS = 30;

    private final Path root;
    private final WatchService service;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    private ContentWatcher(Path root, WatchService service, Consumer<Set<Path>> onChange) {
        this.root = root;
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "content-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching; {@code onChange} receives the paths that changed in each burst. */
    static ContentWatcher start(Path root, Consumer<Set<Path>> onChange) {
        try {
            ContentWatcher watcher = new ContentWatcher(root, FileSystems.getDefault().newWatchService(), onChange);
            watcher.registerTree(root);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            LOG.warnf("Cannot watch %s for changes (%s); restart to pick up edits", root, e.getMessage());
            return null;
        }
    }

    private void registerTree(Path start) throws IOException {
        if (!Files.isDirectory(start)) {
            return;
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> changed = new HashSet<>();
                WatchKey key = service.take();
                drain(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                try {
                    onChange.accept(changed);
                } catch (RuntimeException e) {
                    LOG.error("Reloading content failed", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.context() instanceof Path name) {
                changed.add(dir.resolve(name));
            } else {
                changed.add(root);
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                try {
                    registerTree(dir.resolve(name));
                } catch (IOException e) {
                    LOG.debugf("Cannot watch %s: %s", dir.resolve(name), e.getMessage());
                }
            }
        });
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("Closing the content watcher", e);
        }
        thread.interrupt();
    }
}
