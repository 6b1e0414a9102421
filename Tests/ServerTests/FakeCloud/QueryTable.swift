import FixtureServer
import Foundation

/// A value as the database compares it.
enum ColumnValue: Equatable, Comparable {
    case null
    case text(String)
    case number(Double)
    case time(Date)

    static func < (left: ColumnValue, right: ColumnValue) -> Bool {
        switch (left, right) {
        case (.null, .null): false
        case (.null, _): true  // MySQL orders NULL first
        case (_, .null): false
        case (.text(let a), .text(let b)): a < b
        case (.number(let a), .number(let b)): a < b
        case (.time(let a), .time(let b)): a < b
        default: false
        }
    }
}

/// The queryable fields of `Item`, as ZStack's inventory metadata knows them, and how ZStack evaluates
/// conditions, sorts and pages over them (ZQL: `where ... order by ... limit ... offset ...`).
struct QueryTable<Item: Sendable>: Sendable {
    /// How a condition's value text is read for a column (`QueryFacadeImpl`'s ZQL knows every field's type).
    enum Kind: Sendable {
        case text
        case number
        /// `java.sql.Timestamp.valueOf`: `yyyy-MM-dd HH:mm:ss`, in the server's zone.
        case time
        /// An enum: the text must be one of its values (`Enum.valueOf`).
        case enumeration([String])
    }

    struct Column: Sendable {
        let kind: Kind
        /// The item's values: one for a field of its own, one per element for a field of a list (`vmNics.ip`).
        let values: @Sendable (Item) -> [ColumnValue]
    }

    let name: String
    let columns: [String: Column]

    /// The items that match every condition, in `sort`'s order, and the page that `start` and `limit` select.
    ///
    /// - Returns: The page, and the number of matching items.
    func query(_ items: [Item], conditions: [String], sort: String?, start: Int?, limit: Int?) throws -> (page: [Item], total: Int) {
        let read = try conditions.map(ReadCondition.init)
        var matching = try items.filter { item in try read.allSatisfy { try matches(item, $0) } }
        if let sort {
            let descending = sort.hasPrefix("-")
            let field = sort.hasPrefix("+") || descending ? String(sort.dropFirst()) : sort
            let column = try column(field)
            // By the field, then in storage order, as a database with a stable plan would return them.
            matching = matching.enumerated().sorted { left, right in
                let (a, b) = (column.values(left.element).first ?? .null, column.values(right.element).first ?? .null)
                if a != b { return descending ? b < a : a < b }
                return left.offset < right.offset
            }.map(\.element)
        }
        let first = min(max(start ?? 0, 0), matching.count)
        let end = min(first + max(limit ?? 1000, 0), matching.count)
        return (Array(matching[first..<end]), matching.count)
    }

    private func column(_ field: String) throws -> Column {
        guard let column = columns[field] else {
            throw FakeCloudError.invalidArgument("inventory[\(name)] has no field[\(field)]")
        }
        return column
    }

    /// Whether one of the item's values satisfies the condition, with SQL's rule that a NULL satisfies no comparison.
    func matches(_ item: Item, _ condition: ReadCondition) throws -> Bool {
        let column = try column(condition.field)
        let values = column.values(item)
        let present = values.filter { $0 != .null }
        switch condition.comparison {
        case .isNull:
            return present.isEmpty
        case .notNull:
            return !present.isEmpty
        case .oneOf, .noneOf:
            let operands = try condition.listValues.map { try operand($0, kind: column.kind) }
            return present.contains { operands.contains($0) == (condition.comparison == .oneOf) }
        case .like, .notLike:
            switch column.kind {
            case .text, .enumeration: break
            case .number, .time:
                throw FakeCloudError.invalidArgument("field[\(condition.field)] cannot be compared with \(condition.comparison.rawValue)")
            }
            let pattern = Array(condition.value ?? "")
            return present.contains { value in
                guard case .text(let text) = value else { return false }
                return Self.isLike(Array(text), pattern) == (condition.comparison == .like)
            }
        case .equal, .notEqual, .greater, .less, .greaterOrEqual, .lessOrEqual:
            let operand = try operand(condition.value ?? "", kind: column.kind)
            return present.contains { value in
                switch condition.comparison {
                case .equal: value == operand
                case .notEqual: value != operand
                case .greater: operand < value
                case .less: value < operand
                case .greaterOrEqual: !(value < operand)
                default: !(operand < value)
                }
            }
        }
    }

    /// A value's text as the column's type reads it, or `SYS.1007` as ZStack's `failed to parse value`.
    private func operand(_ text: String, kind: Kind) throws -> ColumnValue {
        let value: ColumnValue? =
            switch kind {
            case .text: .text(text)
            case .number: Double(text).map(ColumnValue.number)
            case .time: Self.sqlTimestamp(text).map(ColumnValue.time)
            case .enumeration(let values): values.contains(text) ? .text(text) : nil
            }
        guard let value else { throw FakeCloudError.invalidArgument("failed to parse value[\(text)]") }
        return value
    }

    /// `java.sql.Timestamp.valueOf`'s format, in the zone of the fixture's server (`api.timestamps.time-zone`).
    static func sqlTimestamp(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.isLenient = false
        return formatter.date(from: text)
    }

    /// SQL `LIKE`: `%` matches any text, `_` one character; case-sensitive here (MySQL's default collation is not).
    static func isLike(_ text: [Character], _ pattern: [Character]) -> Bool {
        // matched[j]: the text read so far matches pattern[..<j].
        var matched = [true] + Array(repeating: false, count: pattern.count)
        for j in pattern.indices where pattern[j] == "%" { matched[j + 1] = matched[j] }
        for character in text {
            var next = [false] + Array(repeating: false, count: pattern.count)
            for j in pattern.indices {
                switch pattern[j] {
                case "%": next[j + 1] = next[j] || matched[j + 1]
                case "_": next[j + 1] = matched[j]
                default: next[j + 1] = matched[j] && pattern[j] == character
                }
            }
            matched = next
        }
        return matched[pattern.count]
    }
}
