/// A small seeded random generator (SplitMix64), so the synthetic workspace is the same bytes on
/// every machine and every run.
///
/// The standard library's `random(in:using:)` may change its algorithm between toolchains, so
/// ranges and choices are drawn here from the raw 64-bit stream instead.
struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator for one item of the workspace, seeded from its coordinates
    /// (for example seed, document, language), so items can be generated in any order.
    init(_ parts: UInt64...) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for part in parts { state = Self.mix((state ^ part) &+ 0x632B_E59B_D9B4_E019) }
        self.state = state
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniformly drawn integer in `range` (modulo bias is negligible for our small ranges).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
