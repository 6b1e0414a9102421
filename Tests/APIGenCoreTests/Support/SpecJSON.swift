@testable import APIGenCore

/// A JSON value as a render model: the mustache spec's `data`, rendered by apigen's renderer.
///
/// Objects answer their keys, arrays are lists, strings are text, booleans flags and `null` is
/// `.null`. Numbers are text as JSON writes them: integral ones without a fraction (`85`),
/// others as Swift prints a `Double` (`1.21`).
enum SpecJSON: Decodable, Sendable, Equatable, TemplateRepresentable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SpecJSON])
    case object([String: SpecJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let elements = try? container.decode([SpecJSON].self) {
            self = .array(elements)
        } else {
            self = .object(try container.decode([String: SpecJSON].self))
        }
    }

    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let flag): .flag(flag)
        case .number(let number): .text(Self.printed(number))
        case .string(let text): .text(text)
        case .array(let elements): .list(elements)
        case .object(let fields): .object(SpecJSONObject(fields: fields))
        }
    }

    static func printed(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }
}

/// A JSON object: its keys are its names.
struct SpecJSONObject: TemplateObject {
    var fields: [String: SpecJSON]

    func templateValue(named name: String) -> TemplateValue? {
        fields[name]?.templateValue
    }
}
