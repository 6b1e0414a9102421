import Foundation
import Mustache

/// The render model's root, when swift-mustache renders. Mustache looks a name up from the
/// innermost context outwards and asks the root last, so a name the root cannot answer is
/// missing everywhere: it is recorded, and `TemplateSet` reports it.
final class StrictRoot: MustacheParent, @unchecked Sendable {
    private let model: any TemplateObject
    private let lock = NSLock()
    private var missing: Set<String> = []

    init(_ model: any TemplateObject) {
        self.model = model
    }

    var missingNames: Set<String> { lock.withLock { missing } }

    func child(named name: String) -> Any? {
        guard let value = model.templateValue(named: name) else {
            lock.withLock { _ = missing.insert(name) }
            return nil
        }
        return MustacheBridge.value(value)
    }
}

/// A typed render model as swift-mustache sees values: text, booleans, arrays, and
/// `MustacheParent`s that answer lookups by name.
struct MustacheBridge: MustacheParent, CustomStringConvertible {
    let object: any TemplateObject

    func child(named name: String) -> Any? {
        object.templateValue(named: name).map(Self.value)
    }

    /// Printed as the render model itself would be.
    var description: String { String(describing: object) }

    static func value(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let isSet): isSet
        case .list(let list): (0..<list.count).map { Self.value(list.templateElement(at: $0)) }
        case .object(let object): MustacheBridge(object: object)
        // swift-mustache reads NSNull as nothing: a falsy section, an empty variable.
        case .null: NSNull()
        }
    }
}
