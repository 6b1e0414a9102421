extension SwiftName {
    /// The words of an ASCII name joined in camel case, as `bare` joins them, worked out in the
    /// bytes; nil when the name is not ASCII. In ASCII a word is a run of letters and digits
    /// (`isIdentifierBody`), and case changes only `A`–`Z` and `a`–`z`, one byte each.
    /// `SwiftNameShortcutTests` compares it with the scalar-by-scalar joining.
    static func asciiJoined(_ apiName: String, upperFirst: Bool) -> String? {
        var name = apiName
        return name.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            var isFirstWord = true
            while index < bytes.count {
                while index < bytes.count, !isWordByte(bytes[index]) { index += 1 }
                let start = index
                while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
                guard index > start else { break }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if isFirstWord && !upperFirst {
                    appendLowercasedLeadingWord(word, to: &output)
                } else {
                    output.append(isLower(word[0]) ? word[0] - 0x20 : word[0])
                    output.append(contentsOf: word[1...])
                }
                isFirstWord = false
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// `lowercasedLeadingWord` for an ASCII word: `URLPath` -> `urlPath`, `UUIDs` -> `uuids`.
    private static func appendLowercasedLeadingWord(_ word: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var upperRun = 0
        while upperRun < word.count, isUpper(word[upperRun]) { upperRun += 1 }
        let isPlural = upperRun < word.count && word[upperRun] == 0x73 && !(upperRun + 1 < word.count && isLower(word[upperRun + 1]))
        let startsNextWord = upperRun > 1 && upperRun < word.count && isLower(word[upperRun]) && !isPlural
        let lowerCount = startsNextWord ? upperRun - 1 : upperRun
        for (index, byte) in word.enumerated() {
            output.append(index < lowerCount ? byte + 0x20 : byte)
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || (0x30...0x39).contains(byte) }
    private static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    private static func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
}
