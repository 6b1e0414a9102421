public import Foundation

/// A value that a query condition compares a field with, as its text in the condition.
public nonisolated protocol ZStackQueryValue: Sendable {
    /// The value as the condition's text: a string as it is, a number in decimal, `true` or `false`, an enum's
    /// wire value.
    var queryText: String { get }
}

nonisolated extension String: ZStackQueryValue {
    /// The string itself.
    public var queryText: String { self }
}

nonisolated extension Int: ZStackQueryValue {
    /// The number in decimal.
    public var queryText: String { String(self) }
}

nonisolated extension Int64: ZStackQueryValue {
    /// The number in decimal.
    public var queryText: String { String(self) }
}

nonisolated extension Double: ZStackQueryValue {
    /// The number as Swift writes it (`1.5`).
    public var queryText: String { String(self) }
}

nonisolated extension Float: ZStackQueryValue {
    /// The number as Swift writes it (`1.5`).
    public var queryText: String { String(self) }
}

nonisolated extension Bool: ZStackQueryValue {
    /// `true` or `false`.
    public var queryText: String { String(self) }
}

nonisolated extension Date: ZStackQueryValue {
    /// The instant as a condition writes it: `"yyyy-MM-dd HH:mm:ss"`, in the server's time zone
    /// (``ZStackTimestamp/defaultTimeZone``), to the second.
    public var queryText: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: ZStackWire.timestampLocale)
        formatter.timeZone = ZStackTimestamp.defaultTimeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: self)
    }
}

/// A field that a query names by its path on the wire: in a selection of the fields that the items carry.
public nonisolated protocol ZStackQueryFieldName: Sendable {
    /// The field's name on the wire, after the names of the fields that lead to it (`vmNics.ip`).
    var name: String { get }
}

/// A field of `Item` that query conditions name, with the type of its values: generated for every type that a
/// query endpoint returns (`VmInstanceInventory.QueryFields().state`), so that a misspelt field or a value of the
/// wrong type does not compile.
public nonisolated struct ZStackQueryField<Item, Value>: ZStackQueryFieldName {
    /// The field's name on the wire.
    public let name: String

    private let text: @Sendable (Value) -> String

    /// Creates the field of a string, number or Boolean with this name on the wire.
    ///
    /// - Parameter name: The name on the wire (`memorySize`).
    public init(_ name: String) where Value: ZStackQueryValue {
        self.name = name
        self.text = { $0.queryText }
    }

    /// Creates the field of an enum with this name on the wire; a value is its wire value.
    ///
    /// - Parameter name: The name on the wire (`state`).
    public init(_ name: String) where Value: RawRepresentable & Sendable, Value.RawValue == String {
        self.name = name
        self.text = { $0.rawValue }
    }

    /// Creates the field of a string, number or Boolean with this name on the wire at the end of `path`.
    ///
    /// - Parameters:
    ///   - path: The fields that lead to it from the queried type.
    ///   - name: Its own name on the wire (`ip`).
    init(_ path: ZStackQueryPath, _ name: String) where Value: ZStackQueryValue {
        self.init(path.wireName(of: name))
    }

    /// Creates the field of an enum with this name on the wire at the end of `path`.
    ///
    /// - Parameters:
    ///   - path: The fields that lead to it from the queried type.
    ///   - name: Its own name on the wire (`state`).
    init(_ path: ZStackQueryPath, _ name: String) where Value: RawRepresentable & Sendable, Value.RawValue == String {
        self.init(path.wireName(of: name))
    }

    /// The field equals `value`: `name=value`.
    public static func == (field: Self, value: Value) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(field.name, .equal, field.text(value))
    }

    /// The field does not equal `value`: `name!=value`.
    public static func != (field: Self, value: Value) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(field.name, .notEqual, field.text(value))
    }

    /// The field is greater than `value`: `name>value`.
    public static func > (field: Self, value: Value) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(field.name, .greater, field.text(value))
    }

    /// The field is less than `value`: `name<value`.
    public static func < (field: Self, value: Value) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(field.name, .less, field.text(value))
    }

    /// The field is greater than or equal to `value`: `name>=value`.
    public static func >= (field: Self, value: Value) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(field.name, .greaterOrEqual, field.text(value))
    }

    /// The field is less than or equal to `value`: `name<=value`.
    public static func <= (field: Self, value: Value) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(field.name, .lessOrEqual, field.text(value))
    }

    /// The field equals one of `values`: `name?=a,b`.
    ///
    /// - Parameter values: The values; none of them may contain a comma, which separates them.
    /// - Returns: The condition.
    public func isIn(_ values: [Value]) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(name, .oneOf, values.map(text).joined(separator: ","), listCount: values.count)
    }

    /// The field equals none of `values`: `name!?=a,b`.
    ///
    /// - Parameter values: The values; none of them may contain a comma, which separates them.
    /// - Returns: The condition.
    public func isNotIn(_ values: [Value]) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(name, .noneOf, values.map(text).joined(separator: ","), listCount: values.count)
    }

    /// The field has no value: `name is null`.
    public var isNull: ZStackQueryCondition<Item> {
        ZStackQueryCondition(name, .isNull, nil)
    }

    /// The field has a value: `name not null`.
    public var isNotNull: ZStackQueryCondition<Item> {
        ZStackQueryCondition(name, .notNull, nil)
    }

    /// The items in ascending order of the field: `+name`.
    public var ascending: ZStackQuerySort<Item> {
        ZStackQuerySort(field: name, isAscending: true)
    }

    /// The items in descending order of the field: `-name`.
    public var descending: ZStackQuerySort<Item> {
        ZStackQuerySort(field: name, isAscending: false)
    }
}

nonisolated extension ZStackQueryField where Value == String {
    /// The field matches an SQL `LIKE` pattern (`%` any text, `_` one character): `name~=pattern`.
    ///
    /// - Parameter pattern: The pattern, such as `web-%`.
    /// - Returns: The condition.
    public func isLike(_ pattern: String) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(name, .like, pattern)
    }

    /// The field does not match an SQL `LIKE` pattern: `name!~=pattern`.
    ///
    /// - Parameter pattern: The pattern, such as `web-%`.
    /// - Returns: The condition.
    public func isNotLike(_ pattern: String) -> ZStackQueryCondition<Item> {
        ZStackQueryCondition(name, .notLike, pattern)
    }
}

/// One condition of a query on `Item`s, as the conditions parameter carries it (`state=Running`,
/// `memorySize>=2147483648`, `uuid?=a,b`, `description is null`).
public nonisolated struct ZStackQueryCondition<Item>: Sendable, Hashable, CustomStringConvertible {
    /// A comparison, spelled as on the wire.
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        // In the order in which ZStack's REST server looks for them in a condition: the first it finds wins.
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
        case isNull = " is null"
        case notNull = " not null"
    }

    /// The field's name on the wire.
    public let field: String
    /// The comparison.
    public let comparison: Operator
    /// The value's text; `nil` for the null checks.
    public let value: String?
    /// How many values a `?=` or `!?=` list holds; 1 for the other comparisons.
    private let listCount: Int

    init(_ field: String, _ comparison: Operator, _ value: String?, listCount: Int = 1) {
        self.field = field
        self.comparison = comparison
        self.value = value
        self.listCount = listCount
    }

    /// The condition as written on the wire, `field`, operator and value.
    public var description: String {
        field + comparison.rawValue + (value ?? "")
    }

    /// The condition as the conditions parameter carries it, checked to read back the same on the server.
    ///
    /// ZStack's REST server takes the first operator of ``Operator``'s order that the condition contains
    /// anywhere, and splits the condition at it; an `in` list is split at commas and its values trimmed. A value
    /// that holds an earlier operator (`name=a>=b`), or a list value with a comma, white space at an end or an
    /// empty last value, would be read as another condition, so it is not sent.
    ///
    /// - Returns: The text, such as `name=web server, 2`.
    /// - Throws: ``ZStackQueryConditionError`` when the server would read the text as another condition.
    public func queryParameter() throws -> String {
        let text = description
        guard let found = Operator.allCases.first(where: { text.contains($0.rawValue) }), found == comparison,
            text.hasPrefix(field + comparison.rawValue)
        else {
            throw ZStackQueryConditionError(
                condition: text,
                reason: "its value contains an operator that the server reads first"
            )
        }
        if comparison == .oneOf || comparison == .noneOf, let value {
            try checkList(value, in: text)
        }
        return text
    }

    /// Checks that the server reads an `in` list as the values it was made of: it splits the list at commas as
    /// Java's `String.split` does (dropping empty values at the end), then trims white space off each value.
    private func checkList(_ list: String, in text: String) throws {
        if listCount == 0 {
            throw ZStackQueryConditionError(condition: text, reason: "its list of values is empty")
        }
        let values = list.split(separator: ",", omittingEmptySubsequences: false)
        if values.count != listCount {
            throw ZStackQueryConditionError(
                condition: text,
                reason: "a value of its list contains a comma, which separates the values"
            )
        }
        if values.count > 1, values.last?.isEmpty == true {
            throw ZStackQueryConditionError(
                condition: text,
                reason: "the last value of its list is empty, which the server drops"
            )
        }
        // Java's `String.trim` removes every character up to U+0020 from both ends.
        let isTrimmed: (Unicode.Scalar?) -> Bool = { $0.map { $0.value <= 0x20 } ?? false }
        if values.contains(where: { isTrimmed($0.unicodeScalars.first) || isTrimmed($0.unicodeScalars.last) }) {
            throw ZStackQueryConditionError(
                condition: text,
                reason: "a value of its list starts or ends with white space, which the server trims"
            )
        }
    }

    /// The conditions parameter of a call: a request's own conditions, then `conditions`.
    ///
    /// - Parameters:
    ///   - own: The request's conditions, as text.
    ///   - conditions: Typed conditions to add.
    /// - Returns: All of them as text, or `nil` when there are none.
    /// - Throws: ``ZStackQueryConditionError`` when a typed condition cannot be sent.
    static func parameter(_ own: [String]?, _ conditions: [Self]) throws -> [String]? {
        let all = (own ?? []) + (try conditions.map { try $0.queryParameter() })
        return all.isEmpty ? own : all
    }
}

/// A query condition that the server would read as another condition, so it was not sent.
public nonisolated struct ZStackQueryConditionError: Error, CustomStringConvertible {
    /// The condition, as it would have been sent.
    public let condition: String
    /// Why the server would misread it.
    public let reason: String

    /// The condition and why it cannot be sent.
    public var description: String {
        "the query condition \(String(reflecting: condition)) cannot be sent: \(reason)"
    }
}

/// The order of a query's items by one field, as the sort parameter carries it: `+field` ascending, `-field`
/// descending. Made by a field's `ascending` or `descending`.
public nonisolated struct ZStackQuerySort<Item>: Sendable, Hashable, CustomStringConvertible {
    /// The field's name on the wire.
    public let field: String
    /// Whether the items come in ascending order of the field.
    public let isAscending: Bool

    /// The order as the sort parameter carries it: `+createDate`, `-memorySize`.
    public var description: String {
        (isAscending ? "+" : "-") + field
    }
}
