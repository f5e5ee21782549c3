import Digests
import Testing

struct HexTests {
    @Test func lowercaseTwoDigitsPerByte() {
        #expect(Hex.string([]) == "")
        #expect(Hex.string([0x00, 0x09, 0x0A, 0xAB, 0xFF]) == "00090aabff")
        #expect(Hex.string((0...255).map(UInt8.init)) == (0...255).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined())
    }
}
