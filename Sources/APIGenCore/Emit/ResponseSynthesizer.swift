import Foundation

/// Makes a reply for an endpoint whose documentation has no response example, from the declared
/// response fields, as Stoplight Prism's dynamic responses do: the mock answers with it and the
/// docs show it, marked as synthesized.
///
/// Every declared field gets a value that fits its type, the same on every run:
/// - a field's own `example` or `default` when it has one;
/// - strings: a UUID (32 hex digits, derived from the field's path) for names ending in `uuid`,
///   else the field's name; numbers 1 (1.5 with a fraction); booleans `true`;
/// - timestamps: Jan 6, 2017 3:51:16 AM in the API's timestamp format, locale and zone;
/// - enums: their first value; lists: one element; maps and `LinkedHashMap`: one entry `key`;
///   `JSON`: an empty object; objects: every field filled in.
///
/// A field whose type is already being filled further up is left out, which cuts recursion
/// (`ErrorCode.cause`), and so is a top-level field of the API's error type: a success reply
/// carries no error.
public struct ResponseSynthesizer: Sendable {
    let model: APIModel
    private let timestamp: String

    public init(model: APIModel) {
        self.model = model
        self.timestamp = Self.exampleTimestamp(model.settings.timestamps)
    }

    /// The synthesized reply body of `endpoint`: an object with its response fields.
    public func reply(for endpoint: Endpoint) -> JSONValue {
        let fields = (endpoint.response?.fields ?? []).filter { $0.type != .named(model.settings.errors.type) }
        return object(fields, path: endpoint.operationID, enclosing: [])
    }

    private func object(_ fields: [Field], path: String, enclosing: Set<String>) -> JSONValue {
        .object(fields.compactMap { field in
            value(of: field.type, field: field, path: path + "." + field.name, enclosing: enclosing)
                .map { JSONValue.Member(key: field.name, value: $0) }
        })
    }

    /// A value of `type`; `nil` where filling it in would recurse.
    private func value(of type: TypeReference, field: Field, path: String, enclosing: Set<String>) -> JSONValue? {
        if let given = field.example ?? field.defaultValue, type == field.type { return given }
        switch type {
        case .string:
            guard field.name.lowercased().hasSuffix("uuid") else { return .string(field.name) }
            var hasher = StableHasher()
            hasher.combine(path)
            return .string(hasher.hexDigest)
        case .boolean: return .bool(true)
        case .integer, .long: return .number("1")
        case .float, .double: return .number("1.5")
        case .timestamp: return .string(timestamp)
        case .json: return .object([])
        case .opaqueObject: return .object([JSONValue.Member(key: "key", value: .string("value"))])
        case .list(let element):
            return value(of: element, field: field, path: path + "[0]", enclosing: enclosing).map { .array([$0]) } ?? .array([])
        case .map(let element):
            return value(of: element, field: field, path: path + ".key", enclosing: enclosing).map {
                .object([JSONValue.Member(key: "key", value: $0)])
            } ?? .object([])
        case .named(let name):
            guard !enclosing.contains(name), let named = model.type(named: name) else { return nil }
            switch named.kind {
            case .enumeration(let values): return values.first.map { .string($0.value) }
            case .object(let fields): return object(fields, path: path, enclosing: enclosing.union([name]))
            }
        }
    }

    /// Jan 6, 2017 3:51:16 AM (ZStack's documentation's own example time) as the API writes timestamps.
    static func exampleTimestamp(_ settings: APISettings.Timestamps) -> String {
        let zone = TimeZone(identifier: settings.timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: 2017, month: 1, day: 6, hour: 3, minute: 51, second: 16)
        guard let date = calendar.date(from: components) else { return "Jan 6, 2017 3:51:16 AM" }
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.locale = Locale(identifier: settings.locale)
        formatter.timeZone = zone
        formatter.dateFormat = settings.format
        return formatter.string(from: date)
    }
}
