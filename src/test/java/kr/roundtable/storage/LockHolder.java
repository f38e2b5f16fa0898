package kr.roundtable.storage;

import java.nio.file.Path;
import java.util.Optional;

/** A child process for {@link InstanceLockTest}: takes the lock, says so, and holds it until killed. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(Path.of(args[0]));
        System.out.println(lock.isPresent() ? "locked" : "refused");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
