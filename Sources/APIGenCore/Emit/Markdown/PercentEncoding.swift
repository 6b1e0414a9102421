/// RFC 3986 percent-encoding: ASCII letters, digits and the given characters kept,
/// every other byte of the UTF-8 text written as `%XX`.
enum PercentEncoding {
    static func encode(_ text: String, keeping kept: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let isKept = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || kept.utf8.contains(byte)
            if isKept {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
