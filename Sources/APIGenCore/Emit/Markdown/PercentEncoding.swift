/// RFC 3986 percent-encoding: ASCII letters, digits and the given characters kept,
/// every other byte of the UTF-8 text written as `%XX`.
enum PercentEncoding {
    static func encode(_ text: String, keeping kept: String) -> String {
        let keptBytes = Array(kept.utf8)
        func isKept(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || keptBytes.contains(byte)
        }
        if text.utf8.allSatisfy(isKept) { return text }
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isKept(byte) {
                encoded.append(byte)
            } else {
                encoded += [0x25, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
