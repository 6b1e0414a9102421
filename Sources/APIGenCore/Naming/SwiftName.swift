/// The one naming layer every emitter shares: it turns API names (`vm-uuid`, `default`,
/// `2fa`, `名前`) into Swift identifiers.
public enum SwiftName {
    /// A lowerCamelCase identifier for a property, parameter, method or enum case.
    /// Keywords come back escaped (`` `default` ``); see `member(_:)` for use after a dot.
    public static func lowerCamel(_ apiName: String) -> String {
        escaped(bare(apiName, upperFirst: false))
    }

    /// An UpperCamelCase identifier for a type.
    public static func upperCamel(_ apiName: String) -> String {
        escaped(bare(apiName, upperFirst: true))
    }

    /// The identifier as written after a dot (`value.default`), where most keywords need no backticks.
    public static func member(_ identifier: String) -> String {
        identifier.hasPrefix("`") ? String(identifier.dropFirst().dropLast()) : identifier
    }

    /// The identifier without escaping, for building other names (`updateGuestToolsState` + `Request`).
    public static func bare(_ apiName: String, upperFirst: Bool) -> String {
        var result = asciiJoined(apiName, upperFirst: upperFirst) ?? joined(words(in: apiName), upperFirst: upperFirst)
        if result.isEmpty { result = punctuationName(apiName) }
        if let first = result.unicodeScalars.first, !isIdentifierHead(first) { result = "_" + result }
        if result == "_" { return "__" }  // `_` alone is the wildcard, not a name
        if reservedMembers.contains(result) { result += result.hasSuffix("Value") ? "Field" : "Value" }
        return result
    }

    /// The words in camel case: each capitalised, the first one lowercased instead unless `upperFirst`.
    static func joined(_ words: [String], upperFirst: Bool) -> String {
        var result = ""
        for (index, word) in words.enumerated() {
            if index == 0 && !upperFirst {
                result += lowercasedLeadingWord(word)
            } else {
                result += word.prefix(1).uppercased() + word.dropFirst()
            }
        }
        return result
    }

    /// Words split at punctuation, spaces and other non-identifier characters; case inside a
    /// word is kept (`guestToolsState` stays one camel-cased run).
    static func words(in apiName: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in apiName.unicodeScalars {
            if isIdentifierBody(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// A name with no word in it (`-`, `+`, the empty string), spelt by its code points
    /// (`-` -> `_2D`), so that two such names stay apart.
    private static func punctuationName(_ apiName: String) -> String {
        "_" + apiName.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "_")
    }

    /// `URLPath` -> `urlPath`, `UUID` -> `uuid`, `VmInstance` -> `vmInstance`, `UUIDs` -> `uuids`.
    private static func lowercasedLeadingWord(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        var upperRun = 0
        while upperRun < scalars.count, scalars[upperRun].properties.isUppercase { upperRun += 1 }
        if upperRun == 0 { return word }
        // In "URLPath" the last capital starts the next word; in "UUID", "Id" or the plural
        // "UUIDs" every capital goes.
        let isPlural = scalars[upperRun...].starts(with: ["s"]) && !(scalars.dropFirst(upperRun + 1).first?.properties.isLowercase ?? false)
        let startsNextWord = upperRun > 1 && upperRun < scalars.count && scalars[upperRun].properties.isLowercase && !isPlural
        let lowerCount = startsNextWord ? upperRun - 1 : upperRun
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if index < lowerCount {
                result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Words Swift reserves in declarations; they are escaped with backticks.
    static let keywords: Set<String> = [
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case",
        "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in",
        "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil",
        "super", "throws", "true", "try", "async", "package", "some", "any",
    ]

    /// Names that backticks cannot rescue, because `value.self`, `value.init`, `Value.Type` and
    /// `Hashable.hashValue` already mean something; they get a `Value` suffix (`selfValue`), or
    /// `Field` when they already end in "Value" (`hashValueField`).
    static let reservedMembers: Set<String> = ["self", "Self", "init", "Type", "Protocol", "hashValue"]

    static func isIdentifierHead(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0...0x7F: return false
        default: return nonASCIIIdentifierHead.contains { $0.contains(scalar.value) }
        }
    }

    static func isIdentifierBody(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39: return true
        case 0x5F: return false  // underscores separate words: `vm_uuid` -> `vmUuid`
        case 0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return true
        default: return isIdentifierHead(scalar)
        }
    }

    /// The non-ASCII identifier-head ranges of The Swift Programming Language's lexical grammar.
    private static let nonASCIIIdentifierHead: [ClosedRange<UInt32>] = [
        0xA8...0xA8, 0xAA...0xAA, 0xAD...0xAD, 0xAF...0xAF, 0xB2...0xB5, 0xB7...0xBA, 0xBC...0xBE,
        0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x100...0x2FF, 0x370...0x167F, 0x1681...0x180D,
        0x180F...0x1DBF, 0x1E00...0x1FFF, 0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054,
        0x2060...0x206F, 0x2070...0x20CF, 0x2100...0x218F, 0x2460...0x24FF, 0x2776...0x2793,
        0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007, 0x3021...0x302F, 0x3031...0x303F,
        0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE1F, 0xFE30...0xFE44,
        0xFE47...0xFFFD, 0x10000...0x1FFFD, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x40000...0x4FFFD,
        0x50000...0x5FFFD, 0x60000...0x6FFFD, 0x70000...0x7FFFD, 0x80000...0x8FFFD, 0x90000...0x9FFFD,
        0xA0000...0xAFFFD, 0xB0000...0xBFFFD, 0xC0000...0xCFFFD, 0xD0000...0xDFFFD, 0xE0000...0xEFFFD,
    ]
}
