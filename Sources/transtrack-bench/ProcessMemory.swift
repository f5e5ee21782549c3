import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's peak resident memory and CPU time, as the kernel counts them.
enum ProcessMemory {
    /// CPU seconds used by all threads so far (user + system); unlike wall time, not inflated
    /// when other processes compete for the cores.
    static var cpuSeconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// `getrusage` `ru_maxrss` in KiB (Linux reports KiB, macOS bytes).
    static var peakKiB: Int {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss) / 1024
        #else
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            return Int(usage.ru_maxrss)
        #endif
    }

    /// `VmHWM` from `/proc/self/status` in KiB, where there is one.
    static var highWaterMarkKiB: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).filter(\.isNumber))
        }
        return nil
    }

    /// Lowers the peak (`VmHWM`) to the current resident size, where Linux allows it
    /// (`/proc/self/clear_refs`, value 5), and returns that size in KiB; nil elsewhere, where
    /// ``peakKiB`` since the process started is all there is.
    static func resetPeak() -> Int? {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard write(fd, "5", 1) == 1, let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.dropFirst(6).filter(\.isNumber))
        }
        return nil
    }
}
