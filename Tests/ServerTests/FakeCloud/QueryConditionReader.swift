import FixtureAPI
import FixtureServer
import Foundation

/// One `q` value as ZStack's REST server reads it (`RestServer.handleQueryApi`): the first operator of a fixed
/// order that the text contains anywhere splits it, once, into a field name (trimmed) and a value (not trimmed).
struct ReadCondition: Equatable, CustomStringConvertible {
    /// ZStack's operators, in the order in which the server looks for them (`QUERY_OP_MAPPING`).
    enum Operator: String, CaseIterable {
        case notEqual = "!="
        case greaterOrEqual = ">="
        case lessOrEqual = "<="
        case noneOf = "!?="
        case notLike = "!~="
        case like = "~="
        case oneOf = "?="
        case equal = "="
        case greater = ">"
        case less = "<"
        case isNull = "is null"
        case notNull = "not null"
    }

    let field: String
    let comparison: Operator
    /// The value's text; `nil` for the null checks.
    let value: String?

    /// Reads a condition, or throws `SYS.1007` as ZStack refuses one without an operator.
    init(_ text: String) throws {
        guard let comparison = Operator.allCases.first(where: { text.contains($0.rawValue) }),
            let range = text.range(of: comparison.rawValue)
        else {
            throw FakeCloudError.invalidArgument("the '\(text)' in the parameter[q] doesn't contain any query operator")
        }
        self.field = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        self.comparison = comparison
        self.value = comparison == .isNull || comparison == .notNull ? nil : String(text[range.upperBound...])
    }

    var description: String { "\(field) \(comparison.rawValue) \(value ?? "")" }
}

/// The errors of the fake, as ZStack's error codes.
enum FakeCloudError {
    /// `SYS.1007`, ZStack's `argerr`: a condition, value, field or sort that the query cannot use.
    static func invalidArgument(_ details: String) -> FixtureServerError {
        FixtureServerError(FixtureErrorCode(code: "SYS.1007", description: "One or more API argument is invalid", details: details))
    }

    /// `SYS.1003`: no resource has the UUID.
    static func notFound(_ uuid: String) -> FixtureServerError {
        FixtureServerError(FixtureErrorCode(code: "SYS.1003", description: "Resource not found", details: "no resource[uuid:\(uuid)]"))
    }

    /// `SYS.1014`: the fake does not serve the endpoint.
    static func unimplemented(_ operationID: String) -> FixtureServerError {
        FixtureServerError(FixtureErrorCode(code: "SYS.1014", description: "Unimplemented operation", details: operationID))
    }
}

extension ReadCondition {
    /// The values of an `in` list as ZStack reads them: Java's `String.split(",")` (which drops empty values at
    /// the end, and keeps a text without commas whole), each value trimmed; a list of nothing but commas is one
    /// empty value.
    var listValues: [String] {
        let text = value ?? ""
        var parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if text.contains(",") {
            while parts.last?.isEmpty == true { parts.removeLast() }
        }
        let values = parts.map { part in
            String(String.UnicodeScalarView(part.unicodeScalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()))
        }
        return values.isEmpty ? [""] : values
    }
}
