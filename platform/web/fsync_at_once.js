// With Asyncify on (for sync's fiber, web_fiber.hpp), Emscripten makes
// fsync() wait for IndexedDB by pausing whatever called it; SQLite calls it
// at every commit, from code that cannot pause. The page copies the database
// to IndexedDB itself after each change (rapport-page.js), so fsync stays
// what it is without Asyncify: done at once.
mergeInto(LibraryManager.library, {
  fd_sync: function(fd) {
    var stream = SYSCALLS.getStreamFromFD(fd);
    if (stream.stream_ops && stream.stream_ops.fsync) return -stream.stream_ops.fsync(stream);
    return 0;
  },
});
