package kr.roundtable.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void secondAcquireInSameProcessIsRefused() throws Exception {
        Path file = dir.resolve("roundtable.lock");
        try (InstanceLock first = InstanceLock.tryAcquire(file).orElseThrow()) {
            assertEquals(Optional.empty(), InstanceLock.tryAcquire(file));
        }
    }

    @Test
    void lockIsFreeAgainAfterRelease() throws Exception {
        Path file = dir.resolve("roundtable.lock");
        InstanceLock.tryAcquire(file).orElseThrow().close();
        try (InstanceLock again = InstanceLock.tryAcquire(file).orElseThrow()) {
            assertTrue(again != null);
        }
    }

    @Test
    void lockHeldByAnotherProcessIsRefusedAndFreedWhenItDies() throws Exception {
        Path file = dir.resolve("roundtable.lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
            assertEquals("locked", out.readLine());
            assertEquals(Optional.empty(), InstanceLock.tryAcquire(file));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (InstanceLock mine = InstanceLock.tryAcquire(file).orElseThrow()) {
            assertTrue(mine != null);
        }
    }
}
