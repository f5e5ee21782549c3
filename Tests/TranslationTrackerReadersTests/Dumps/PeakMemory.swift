import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How much a piece of work raised the process's peak resident set size.
///
/// The peak is first lowered to the current size (Linux's /proc/self/clear_refs, value 5) and then
/// read as VmHWM, so an earlier peak does not hide this one. (getrusage's ru_maxrss cannot be
/// lowered: it also keeps the peak seen when any thread exited.) Elsewhere it falls back to
/// ru_maxrss. Other tests of the process run at the same time: suites that measure are serialized
/// and allow a margin far below what the failures they catch would cost.
enum PeakMemory {
    static func growth<T>(_ body: () throws -> T) rethrows -> (result: T, kib: Int) {
        let reset = resetPeak()
        let before = reset ? status("VmRSS:") ?? 0 : rusagePeak()
        let result = try body()
        let after = reset ? status("VmHWM:") ?? 0 : rusagePeak()
        return (result, max(after - before, 0))
    }

    private static func rusagePeak() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss)
    }

    /// A "VmRSS:"-style line of /proc/self/status, in KiB.
    private static func status(_ key: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key) })
        else { return nil }
        return Int(line.dropFirst(key.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }

    private static func resetPeak() -> Bool {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, "5", 1) == 1 && status("VmHWM:") != nil
    }
}
