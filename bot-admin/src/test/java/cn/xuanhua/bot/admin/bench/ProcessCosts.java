package cn.xuanhua.bot.admin.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What a measured phase of {@code scripts/bench-callback} cost each process on the machine, from Linux's
 * {@code /proc}: CPU time (user and system) and context switches (summed over the process's threads). The server,
 * the database and the load generator share the two cores, so a request's price is the CPU all three spend on it;
 * these split it. Where {@code /proc} cannot be read the figures are left out.
 */
final class ProcessCosts {
    /** Linux's USER_HZ: /proc/PID/stat counts CPU time in ticks of 10 ms. */
    private static final double TICK_MICROS = 10_000;

    /** One process's totals at one moment. */
    record Sample(String name, long cpuTicks, long contextSwitches) {
    }

    /** The processes to follow, by a name and a pid; absent pids are skipped. */
    record Watched(String name, long pid) {
    }

    private ProcessCosts() {
    }

    /** The server(s), this load generator and, when one runs on this machine, MariaDB or MySQL. */
    static List<Watched> watched(List<Process> servers) {
        List<Watched> out = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            out.add(new Watched(servers.size() == 1 ? "server" : "server " + (i + 1), servers.get(i).pid()));
        }
        out.add(new Watched("load generator", ProcessHandle.current().pid()));
        databasePid().ifPresent(pid -> out.add(new Watched("database", pid)));
        return out;
    }

    static List<Sample> sample(List<Watched> processes) {
        List<Sample> out = new ArrayList<>();
        for (Watched w : processes) {
            Path dir = Path.of("/proc", Long.toString(w.pid()));
            out.add(new Sample(w.name(), cpuTicks(dir), contextSwitches(dir)));
        }
        return out;
    }

    /** "server 190 µs CPU, 2.1 context switches; database 55 µs, 1.0; …" per request of the phase. */
    static String perRequest(List<Sample> before, List<Sample> after, long requests) {
        if (requests <= 0 || before.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            Sample b = before.get(i);
            Sample a = after.get(i);
            if (b.cpuTicks() < 0 || a.cpuTicks() < 0) {
                continue;
            }
            parts.add(String.format(Locale.ROOT, "%s %.0f µs CPU, %.1f context switches", b.name(),
                    (a.cpuTicks() - b.cpuTicks()) * TICK_MICROS / requests,
                    (a.contextSwitches() - b.contextSwitches()) / (double) requests));
        }
        return "per request: " + String.join("; ", parts);
    }

    /** utime + stime of the whole process (its threads included), or -1 when unreadable. */
    private static long cpuTicks(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Voluntary and involuntary switches of every live thread. */
    private static long contextSwitches(Path dir) {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
            for (Path task : tasks) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            sum += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                } catch (IOException | RuntimeException threadEnded) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return sum;
    }

    private static OptionalLong databasePid() {
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                try {
                    String comm = Files.readString(p.resolve("comm")).strip();
                    if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                        return OptionalLong.of(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // not readable or ended
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
