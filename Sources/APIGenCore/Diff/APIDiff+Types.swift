/// Which named types travel in requests and which in replies, in either version: a type's field changes are judged
/// by the way its values travel.
struct TypeSides: Sendable {
    private(set) var travels: [String: FieldTravel] = [:]

    init(old: APIModel, new: APIModel) {
        for model in [old, new] {
            for endpoint in model.endpoints {
                for field in endpoint.inputs { mark(field.type, .request, in: model) }
                for field in endpoint.response?.fields ?? [] { mark(field.type, .reply, in: model) }
            }
        }
    }

    /// How values of the named type `name` travel; a type no endpoint reaches is judged as both.
    func travel(of name: String) -> FieldTravel {
        let found = travels[name] ?? []
        return found.isEmpty ? [.request, .reply] : found
    }

    private mutating func mark(_ type: TypeReference, _ travel: FieldTravel, in model: APIModel) {
        guard let name = type.namedType, !(travels[name] ?? []).contains(travel) else { return }
        travels[name, default: []].insert(travel)
        for field in model.type(named: name)?.fields ?? [] { mark(field.type, travel, in: model) }
    }
}

extension APIDiff {
    /// Named types added, removed, turned from object into enum or back, and what changed in their fields and
    /// values.
    func typeChanges(sides: TypeSides) -> [APIChange] {
        let category = ["Types"]
        var changes: [APIChange] = []
        for type in new.types where old.type(named: type.name) == nil {
            changes.append(APIChange(
                kind: "type-added", subject: type.name, message: "new type", wire: .compatible,
                wireReason: "nothing that worked uses it", source: .additive, sourceReason: "a new Swift type",
                location: type.origin.location, category: category))
        }
        for type in old.types where new.type(named: type.name) == nil {
            changes.append(APIChange(
                kind: "type-removed", subject: type.name, message: "type is removed", wire: .compatible,
                wireReason: "the fields that used it are reported on their own", source: .breaking,
                sourceReason: "the Swift type is gone", location: type.origin.location, category: category))
        }
        for type in new.types {
            guard let previous = old.type(named: type.name) else { continue }
            let travels = sides.travel(of: type.name)
            switch (previous.kind, type.kind) {
            case (.object(let before), .object(let after)):
                changes += fieldListChanges(
                    before, after,
                    context: FieldContext(
                        subject: type.name, category: category, what: "field", travels: travels,
                        requiredIsNonOptional: false, anchor: type.origin.location))
            case (.enumeration(let before), .enumeration(let after)):
                changes += enumChanges(before, after, type: type, travels: travels)
            default:
                let isNowEnum = !type.values.isEmpty
                changes.append(APIChange(
                    kind: "type-kind-changed", subject: type.name,
                    message: isNowEnum ? "is now an enum, was an object" : "is now an object, was an enum",
                    wire: .breaking, wireReason: "its values look different on the wire", source: .breaking,
                    sourceReason: "the Swift type changes from struct to enum or back", location: type.origin.location,
                    category: category))
            }
        }
        return changes
    }

    private func enumChanges(_ before: [EnumValue], _ after: [EnumValue], type: NamedType, travels: FieldTravel) -> [APIChange] {
        let oldValues = Set(before.map(\.value))
        let newValues = Set(after.map(\.value))
        var changes: [APIChange] = []
        for value in after where !oldValues.contains(value.value) {
            changes.append(APIChange(
                kind: "enum-value-added", subject: type.name, message: "new value \"\(value.value)\"", wire: .compatible,
                wireReason: "enums are open: old clients keep an unknown value as the catch-all case",
                source: .breaking,
                sourceReason: "a switch that lists every case is no longer exhaustive, and the value, once the catch-all case, has a case of its own",
                location: value.origin.location, category: ["Types"]))
        }
        for value in before where !newValues.contains(value.value) {
            let request = travels.contains(.request)
            changes.append(APIChange(
                kind: "enum-value-removed", subject: type.name, message: "value \"\(value.value)\" is removed",
                wire: request ? .breaking : .compatible,
                wireReason: request ? "old clients may still send it" : "old clients no longer receive it",
                source: .breaking, sourceReason: "its case is gone", location: value.origin.location, category: ["Types"]))
        }
        return changes
    }
}

extension TypeReference {
    /// Whether every JSON value of `other` is a value of this type, so that a reader of this type accepts what a
    /// writer of `other` sends: an `Integer` is a `Long`, a `Float` and a `Double`; a `Timestamp` is a string; a
    /// map is an opaque object; anything is `JSON`. A named type admits only itself (its own changes are reported
    /// as the type's).
    func admits(_ other: TypeReference) -> Bool {
        if self == other { return true }
        switch (self, other) {
        case (.json, _): return true
        case (.long, .integer), (.float, .integer), (.double, .integer), (.double, .long), (.double, .float): return true
        case (.string, .timestamp): return true
        case (.opaqueObject, .map): return true
        case (.list(let element), .list(let otherElement)), (.map(let element), .map(let otherElement)):
            return element.admits(otherElement)
        default: return false
        }
    }
}
