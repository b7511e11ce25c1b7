package org.telerehab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Measuring processes (/proc) and sleeping; starting and stopping them is platform-kit's. */
public final class Util {

    private Util() {
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Resident set size of a process and its threads, from /proc (kB), or -1. */
    public static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * CPU time (user + system, ms) of a process, its live descendants, and the children it has already reaped
     * (PostgreSQL's postmaster reaps its backends, so their time lands in its cutime/cstime), from /proc.
     */
    public static long cpuMillis(long pid) {
        long ticks = statTicks(pid, true);
        var handle = ProcessHandle.of(pid);
        if (handle.isPresent()) {
            for (ProcessHandle d : (Iterable<ProcessHandle>) handle.get().descendants()::iterator) {
                ticks += statTicks(d.pid(), false);
            }
        }
        return ticks * 10; // USER_HZ = 100 on Linux
    }

    private static long statTicks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": f[0] = state (field 3); utime = field 14 -> f[11], stime f[12], cutime f[13], cstime f[14]
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (withReapedChildren) {
                t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return t;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
