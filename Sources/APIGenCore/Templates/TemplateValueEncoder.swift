/// Turns an `Encodable` render model into the values its templates look up.
///
/// A render model declares its properties once, as Swift properties, and conforms to
/// `Encodable`: the compiler writes the code that hands each property over by its name, so a
/// template sees exactly the stored properties with nothing to keep in step and no reflection.
/// Values keep their kind: `String` is text, `Bool` a flag, integers text, arrays lists, nested
/// models objects, and an absent optional `null`.
enum TemplateValueEncoder {
    /// The template value of `model`.
    static func value<Model: Encodable>(of model: Model) -> TemplateValue {
        // Text and lists of lines are most values: handed over as they are, after a check of the
        // type (no cast), instead of through an encoder per element.
        if Model.self == String.self { return .text(unsafeBitCast(model, to: String.self)) }
        if Model.self == [String].self { return .list(unsafeBitCast(model, to: [String].self)) }
        let encoder = ValueEncoder()
        do {
            try model.encode(to: encoder)
        } catch {
            // Nothing here throws; a model with a hand-written `encode(to:)` that does gets its message shown.
            return .text("\(error)")
        }
        return encoder.value
    }
}

/// A model's properties by name, as a template looks them up.
///
/// Names searched in order: a model has a few dozen properties at most, and comparing names (as
/// a `switch` over them would) costs less than hashing each name to build a dictionary.
struct TemplateRecord: TemplateObject {
    var names: [String]
    var values: [TemplateValue]

    func templateValue(named name: String) -> TemplateValue? {
        names.firstIndex(of: name).map { values[$0] }
    }
}

/// The elements of an encoded list.
struct TemplateValueList: TemplateList {
    var elements: [TemplateValue]

    var count: Int { elements.count }
    func templateElement(at index: Int) -> TemplateValue { elements[index] }
}

/// Encodes one value: a keyed container makes it a record, an unkeyed one a list, a single value
/// container that value.
private final class ValueEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum Shape { case single, record, list }
    private var shape = Shape.single
    var names: [String] = []
    var values: [TemplateValue] = []
    var elements: [TemplateValue] = []
    var single: TemplateValue = .null

    var value: TemplateValue {
        switch shape {
        case .record: .object(TemplateRecord(names: names, values: values))
        case .list: .list(TemplateValueList(elements: elements))
        case .single: single
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if shape != .record {
            shape = .record
            names.reserveCapacity(16)
            values.reserveCapacity(16)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        shape = .list
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    func set(_ name: String, _ value: TemplateValue) {
        names.append(name)
        values.append(value)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { encoder.set(key.stringValue, .null) }
    mutating func encode(_ value: String, forKey key: Key) { encoder.set(key.stringValue, .text(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) { encoder.set(key.stringValue, .flag(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { encoder.set(key.stringValue, .text(String(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
        encoder.set(key.stringValue, TemplateValueEncoder.value(of: value))
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { encoder.set(key.stringValue, value.map { .text($0) } ?? .null) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) { encoder.set(key.stringValue, value.map { .flag($0) } ?? .null) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
        encoder.set(key.stringValue, value.map { TemplateValueEncoder.value(of: $0) } ?? .null)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = ValueEncoder()
        encoder.set(key.stringValue, .object(NestedRecord(encoder: nested)))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ValueEncoder()
        encoder.set(key.stringValue, .list(NestedList(encoder: nested)))
        return nested.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder() }
}

/// A record filled through a nested container, which may still be filling: read when asked.
private struct NestedRecord: TemplateObject {
    let encoder: ValueEncoder
    func templateValue(named name: String) -> TemplateValue? { TemplateRecord(names: encoder.names, values: encoder.values).templateValue(named: name) }
}

/// A list filled through a nested container, read when asked.
private struct NestedList: TemplateList {
    let encoder: ValueEncoder
    var count: Int { encoder.elements.count }
    func templateElement(at index: Int) -> TemplateValue { encoder.elements[index] }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int { encoder.elements.count }

    mutating func encodeNil() { encoder.elements.append(.null) }
    mutating func encode(_ value: String) { encoder.elements.append(.text(value)) }
    mutating func encode(_ value: Bool) { encoder.elements.append(.flag(value)) }
    mutating func encode(_ value: Int) { encoder.elements.append(.text(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) { encoder.elements.append(TemplateValueEncoder.value(of: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ValueEncoder()
        encoder.elements.append(.object(NestedRecord(encoder: nested)))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ValueEncoder()
        encoder.elements.append(.list(NestedList(encoder: nested)))
        return nested.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.single = .null }
    mutating func encode(_ value: String) { encoder.single = .text(value) }
    mutating func encode(_ value: Bool) { encoder.single = .flag(value) }
    mutating func encode(_ value: Int) { encoder.single = .text(String(value)) }
    mutating func encode<T: Encodable>(_ value: T) { encoder.single = TemplateValueEncoder.value(of: value) }
}
