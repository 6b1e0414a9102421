/// Finds the first byte that is not valid UTF-8, so the error points at it exactly.
enum UTF8Check {
    static func firstInvalidByte(in bytes: [UInt8], path: String) -> Diagnostic? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return invalid(at: index, byte: byte, bytes: bytes, path: path)
            }
            guard index + length <= bytes.count else { return invalid(at: index, byte: byte, bytes: bytes, path: path) }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return invalid(at: index, byte: byte, bytes: bytes, path: path)
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second >= 0xA0) {
                    return invalid(at: index, byte: byte, bytes: bytes, path: path)
                }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second >= 0x90) {
                    return invalid(at: index, byte: byte, bytes: bytes, path: path)
                }
            }
            index += length
        }
        return nil
    }

    private static func invalid(at offset: Int, byte: UInt8, bytes: [UInt8], path: String) -> Diagnostic {
        Diagnostic(.invalidUTF8(byte: byte), at: location(ofOffset: offset, path: path, bytes: bytes))
    }

    /// The line and column of a byte offset; columns count characters, not bytes.
    static func location(ofOffset offset: Int, path: String, bytes: [UInt8]) -> SourceLocation {
        var line = 1, column = 1
        var index = 0
        while index < offset && index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: path, line: line, column: column)
    }
}
