/// One finding about the input: an error, a warning, or a note attached to either.
///
/// Diagnostics are values: stages collect them and the CLI prints them, sorted, at the end.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// What was found, as a fact; `severity` and `message` follow from it.
    public let kind: DiagnosticMessage
    public let severity: Severity
    /// `kind.text` on one line: text quoted from a spec may hold line breaks or other control
    /// characters, which are written as escapes (`\n`, `\u{7}`).
    public let message: String
    public var location: SourceLocation
    /// Notes printed right after this diagnostic (for example "first defined here").
    public var notes: [Diagnostic]

    public init(_ kind: DiagnosticMessage, at location: SourceLocation, notes: [Diagnostic] = []) {
        self.kind = kind
        self.severity = kind.severity
        self.message = Self.singleLine(kind.text)
        self.location = location
        self.notes = notes
    }

    /// The compiler-style lines for this diagnostic and its notes:
    /// `path:line:column: severity: message`.
    public var formatted: String {
        ([self.headline] + notes.map(\.headline)).joined(separator: "\n")
    }

    private var headline: String { "\(location): \(severity.rawValue): \(message)" }
}

extension Diagnostic {
    /// Diagnostics are equal when they read the same: `kind` is left out, as it was before
    /// diagnostics had kinds, so that repeats are judged by what is printed.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.location == rhs.location && lhs.notes == rhs.notes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(message)
        hasher.combine(location)
        hasher.combine(notes)
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, position, severity, then message, so output is identical run to run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }

    /// `text` with every control character and line or paragraph separator escaped.
    static func singleLine(_ text: String) -> String {
        func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
        guard text.unicodeScalars.contains(where: isBreaking) else { return text }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isBreaking(scalar) else {
                escaped.append(scalar)
                continue
            }
            switch scalar {
            case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
            case "\t": escaped.append(contentsOf: "\\t".unicodeScalars)
            default: escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            }
        }
        return String(escaped)
    }
}
