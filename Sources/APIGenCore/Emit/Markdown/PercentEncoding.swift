/// RFC 3986 percent-encoding: ASCII letters, digits and the given characters kept,
/// every other byte of the UTF-8 text written as `%XX`.
enum PercentEncoding {
    static func encode(_ text: String, keeping kept: String) -> String {
        if text.utf8.allSatisfy({ isKept($0, kept) }) { return text }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 3)
        append(text.utf8, keeping: kept, to: &encoded)
        return String(decoding: encoded, as: UTF8.self)
    }

    /// Appends `bytes` to `encoded`, each kept or written as `%XX`.
    static func append<Bytes: Sequence<UInt8>>(_ bytes: Bytes, keeping kept: String, to encoded: inout [UInt8]) {
        for byte in bytes {
            if isKept(byte, kept) {
                encoded.append(byte)
            } else {
                encoded.append(0x25)
                encoded.append(hexDigit(byte >> 4))
                encoded.append(hexDigit(byte & 0x0F))
            }
        }
    }

    private static func isKept(_ byte: UInt8, _ kept: String) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || kept.utf8.contains(byte)
    }

    /// `0`–`9`, `A`–`F`.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x37 + value
    }
}
