/// Turns an `Encodable` render model into the values its templates look up.
///
/// A render model declares its properties once, as Swift properties, and conforms to
/// `Encodable`: the compiler writes the code that hands each property over by its name, so a
/// template sees exactly the stored properties with nothing to keep in step and no reflection.
/// Values keep their kind: `String` is text, `Bool` a flag, integers text, arrays lists, nested
/// models objects, and an absent optional `null`.
enum TemplateValueEncoder {
    /// The template value of `model`.
    static func value(of model: some Encodable) -> TemplateValue {
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
struct TemplateRecord: TemplateObject {
    var values: [String: TemplateValue]

    func templateValue(named name: String) -> TemplateValue? { values[name] }
}

/// The list an unkeyed container fills.
private final class ListStorage: TemplateList {
    var elements: [TemplateValue] = []

    var count: Int { elements.count }
    func templateElement(at index: Int) -> TemplateValue { elements[index] }
}

/// The record a keyed container fills.
private final class RecordStorage {
    var values = [String: TemplateValue](minimumCapacity: 16)
}

private final class ValueEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private var record: RecordStorage?
    private var list: ListStorage?
    private var single: TemplateValue = .null

    var value: TemplateValue {
        if let record { return .object(TemplateRecord(values: record.values)) }
        if let list { return .list(list) }
        return single
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let storage = record ?? RecordStorage()
        record = storage
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let storage = list ?? ListStorage()
        list = storage
        return UnkeyedContainer(storage: storage)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    fileprivate func set(_ value: TemplateValue) { single = value }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: RecordStorage
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { storage.values[key.stringValue] = .null }
    mutating func encode(_ value: String, forKey key: Key) { storage.values[key.stringValue] = .text(value) }
    mutating func encode(_ value: Bool, forKey key: Key) { storage.values[key.stringValue] = .flag(value) }
    mutating func encode(_ value: Int, forKey key: Key) { storage.values[key.stringValue] = .text(String(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) {
        storage.values[key.stringValue] = TemplateValueEncoder.value(of: value)
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) {
        storage.values[key.stringValue] = value.map { .text($0) } ?? .null
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) {
        storage.values[key.stringValue] = value.map { .flag($0) } ?? .null
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) {
        storage.values[key.stringValue] = value.map { TemplateValueEncoder.value(of: $0) } ?? .null
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested = RecordStorage()
        storage.values[key.stringValue] = .object(NestedRecord(storage: nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ListStorage()
        storage.values[key.stringValue] = .list(nested)
        return UnkeyedContainer(storage: nested)
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ValueEncoder() }
}

/// A record still being filled through a nested container: it reads the storage when asked.
private struct NestedRecord: TemplateObject {
    let storage: RecordStorage
    func templateValue(named name: String) -> TemplateValue? { storage.values[name] }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: ListStorage
    var codingPath: [any CodingKey] { [] }
    var count: Int { storage.elements.count }

    mutating func encodeNil() { storage.elements.append(.null) }
    mutating func encode(_ value: String) { storage.elements.append(.text(value)) }
    mutating func encode(_ value: Bool) { storage.elements.append(.flag(value)) }
    mutating func encode(_ value: Int) { storage.elements.append(.text(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) { storage.elements.append(TemplateValueEncoder.value(of: value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = RecordStorage()
        storage.elements.append(.object(NestedRecord(storage: nested)))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(storage: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ListStorage()
        storage.elements.append(.list(nested))
        return UnkeyedContainer(storage: nested)
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() { encoder.set(.null) }
    mutating func encode(_ value: String) { encoder.set(.text(value)) }
    mutating func encode(_ value: Bool) { encoder.set(.flag(value)) }
    mutating func encode(_ value: Int) { encoder.set(.text(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) { encoder.set(TemplateValueEncoder.value(of: value)) }
}
