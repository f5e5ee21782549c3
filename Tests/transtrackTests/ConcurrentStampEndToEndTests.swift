import Foundation
import Testing

@Suite("two stamps of one file at the same time both land")
struct ConcurrentStampEndToEndTests {
    @Test("stamp uk --unit 7 and stamp uk --unit 12 run together: both units stamped, every round")
    func concurrentStamps() throws {
        let workspace = try TempWorkspace.dataset()
        let original = try workspace.bytes("locales/uk/summary.wiki")
        let before = try workspace.read("locales/uk/summary.wiki")
        #expect(before.contains("<!--T:7 src=b145bb250c-->\n") && before.contains("<!--T:12 src=8ad6e94857-->\n"))
        for round in 1...8 {
            try workspace.write("locales/uk/summary.wiki", original)
            let units = ["7", "12"]
            let statuses = Statuses()
            DispatchQueue.concurrentPerform(iterations: units.count) { index in
                let output = try? workspace.run("stamp", "uk", "--unit", units[index])
                statuses.set(index, output?.status ?? -1)
            }
            #expect(statuses.all == [0, 0], "round \(round)")
            let after = try workspace.read("locales/uk/summary.wiki")
            #expect(!after.contains("<!--T:7 src=b145bb250c-->"), "round \(round): unit 7 was not stamped")
            #expect(!after.contains("<!--T:12 src=8ad6e94857-->"), "round \(round): unit 12 was not stamped")
            #expect(try workspace.run("stamp", "uk", "--dry-run").stdout.contains("would stamp") == false, "round \(round)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path("locales/uk")).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers == [])
    }
}

/// Exit statuses written from two threads.
private final class Statuses: @unchecked Sendable {
    // @unchecked: `values` is only touched while holding `lock`.
    private let lock = NSLock()
    private var values: [Int32] = [-1, -1]

    func set(_ index: Int, _ status: Int32) {
        lock.lock()
        values[index] = status
        lock.unlock()
    }

    var all: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
