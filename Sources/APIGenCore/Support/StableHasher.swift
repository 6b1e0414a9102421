/// A 128-bit hash that is the same in every process and on every run (Swift's `Hasher` is
/// seeded per process): two FNV-1a lanes with different offsets, each byte also folded into the
/// second lane rotated, for a fingerprint of generation inputs. Not a cryptographic hash.
struct StableHasher {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        var count: UInt64 = 0
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* Self.prime
            second = (second ^ UInt64(byte) ^ (first >> 29)) &* Self.prime
            count &+= 1
        }
        // The length ends each value, so ("ab", "c") and ("a", "bc") differ.
        combineRaw(count)
    }

    mutating func combine(_ text: String) {
        combine(text.utf8)
    }

    private mutating func combineRaw(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            let byte = (value >> UInt64(shift)) & 0xFF
            first = (first ^ byte) &* Self.prime
            second = (second ^ byte ^ (first >> 29)) &* Self.prime
        }
    }

    /// 32 hexadecimal digits.
    var hexDigest: String {
        let digits = String(first, radix: 16) + ":" + String(second, radix: 16)
        return digits.split(separator: ":").map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }
}
