/// Which way a field's values travel: from clients to the server, from the server to clients, or both (a named type
/// used in requests and replies).
struct FieldTravel: OptionSet, Hashable, Sendable {
    let rawValue: Int

    static let request = FieldTravel(rawValue: 1)
    static let reply = FieldTravel(rawValue: 2)
}

/// Where the fields being compared belong, and what they become in Swift.
struct FieldContext {
    /// The endpoint's operation id or the type's name.
    var subject: String
    var category: [String]
    /// What a field is called in messages: `reply field`, `field`.
    var what: String
    var travels: FieldTravel
    /// Endpoint inputs: a required input is a non-optional argument without a default. Everywhere else a field is
    /// an optional property whose argument defaults to nil.
    var requiredIsNonOptional: Bool
    /// Where a change that concerns the whole list (its order) is reported.
    var anchor: SourceLocation
}

extension APIDiff {
    /// The inputs of an endpoint of both versions: path parameters, query parameters, headers and body fields,
    /// matched by name, so that one that moves (from the query into the body, into or out of the wrapper) is one
    /// change.
    func inputChanges(_ before: Endpoint, _ after: Endpoint) -> [APIChange] {
        let oldInputs = Self.inputs(of: before)
        let newInputs = Self.inputs(of: after)
        let context = FieldContext(
            subject: after.operationID, category: after.category, what: "input", travels: .request,
            requiredIsNonOptional: true, anchor: after.origin.location)
        var changes = fieldListChanges(
            oldInputs.map(\.field), newInputs.map(\.field), context: context, position: { field in
                (oldInputs + newInputs).first { $0.field.name == field.name }?.position ?? "input"
            }, swiftOrder: Self.argumentOrder)
        let oldByName = Dictionary(oldInputs.map { ($0.field.name, $0) }, uniquingKeysWith: { first, _ in first })
        for input in newInputs {
            guard let previous = oldByName[input.field.name] else { continue }
            func change(_ kind: String, _ message: String, wire: APIChange.WireImpact, _ wireReason: String) {
                changes.append(APIChange(
                    kind: kind, subject: after.operationID, message: message, wire: wire, wireReason: wireReason,
                    source: .compatible, sourceReason: "the Swift argument is the same",
                    location: input.field.origin.location, category: after.category))
            }
            if previous.place != input.place {
                change(
                    "input-moved", "\(previous.position) \"\(input.field.name)\" is now a \(input.position)",
                    wire: .breaking, "old clients send it as a \(previous.position)")
            } else if previous.isOutsideWrapper != input.isOutsideWrapper {
                if input.isOutsideWrapper {
                    change(
                        "input-moved-out-of-wrapper", "body field \"\(input.field.name)\" now stands beside the wrapper",
                        wire: .compatible, "the server reads such a field inside the wrapper too, where old clients send it")
                } else {
                    change(
                        "input-moved-into-wrapper", "body field \"\(input.field.name)\" now stands inside the wrapper",
                        wire: .breaking, "old clients send it beside the wrapper, where the server no longer reads it")
                }
            }
        }
        return changes
    }

    /// One input of an endpoint and where it travels.
    struct Input {
        enum Place: Hashable { case path, query, header, body }

        var field: Field
        var place: Place
        var isOutsideWrapper: Bool

        var position: String {
            switch place {
            case .path: "path parameter"
            case .query: "query parameter"
            case .header: "header"
            case .body: "body field"
            }
        }
    }

    static func inputs(of endpoint: Endpoint) -> [Input] {
        let wrapped = endpoint.body?.wrapper != nil
        return endpoint.pathParameters.map { Input(field: $0, place: .path, isOutsideWrapper: false) }
            + endpoint.queryParameters.map { Input(field: $0, place: .query, isOutsideWrapper: false) }
            + endpoint.headers.map { Input(field: $0, place: .header, isOutsideWrapper: false) }
            + (endpoint.body?.fields ?? []).map { Input(field: $0, place: .body, isOutsideWrapper: wrapped && $0.isOutsideWrapper) }
    }

    /// The order of a call's arguments in the generated client: required inputs first, then the optional ones,
    /// each in documentation order.
    static func argumentOrder(_ fields: [Field]) -> [Field] {
        fields.filter(\.isRequired) + fields.filter { !$0.isRequired }
    }

    /// Fields added, removed, retyped, made required or optional, nullable or not, deprecated, and reordered.
    func fieldListChanges(
        _ before: [Field], _ after: [Field], context: FieldContext, position: ((Field) -> String)? = nil,
        swiftOrder: ([Field]) -> [Field] = { $0 }
    ) -> [APIChange] {
        let describe = { (field: Field) in "\(position?(field) ?? context.what) \"\(field.name)\"" }
        let oldByName = Dictionary(before.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(after.map(\.name))
        let request = context.travels.contains(.request)
        var changes: [APIChange] = []
        func change(
            _ kind: String, _ field: Field, _ message: String, wire: APIChange.WireImpact, _ wireReason: String,
            source: APIChange.SourceImpact, _ sourceReason: String
        ) {
            changes.append(APIChange(
                kind: kind, subject: context.subject, message: message, wire: wire, wireReason: wireReason, source: source,
                sourceReason: sourceReason, location: field.origin.location, category: context.category))
        }
        let argument = context.requiredIsNonOptional ? "argument" : "property"

        for field in after where oldByName[field.name] == nil {
            let breaksOldClients = request && field.isRequired
            let isRequiredArgument = context.requiredIsNonOptional && field.isRequired
            change(
                "\(context.what.kindPrefix)-added", field,
                "new \(field.isRequired && request ? "required " : "")\(describe(field)) (\(field.type.spelling))",
                wire: breaksOldClients ? .breaking : .compatible,
                breaksOldClients ? "old clients do not send it" : request ? "old clients leave it out, as they may" : "old clients ignore it",
                source: isRequiredArgument ? .breaking : .additive,
                isRequiredArgument ? "calls need the new argument" : "a new \(argument) with a default of nil")
        }
        for field in before where !newNames.contains(field.name) {
            change(
                "\(context.what.kindPrefix)-removed", field, "\(describe(field)) is removed",
                wire: .compatible,
                request ? "old clients may still send it; the server ignores it" : "old clients read it as absent, as any reply field may be",
                source: .breaking, "the \(argument) is gone")
        }
        for field in after {
            guard let previous = oldByName[field.name] else { continue }
            if previous.type != field.type {
                let verdict = Self.retypeVerdict(from: previous.type, to: field.type, travels: context.travels)
                change(
                    "\(context.what.kindPrefix)-retyped", field,
                    "\(describe(field)) is now \(field.type.spelling), was \(previous.type.spelling)",
                    wire: verdict.wire, verdict.reason, source: .breaking, "the Swift type of the \(argument) changes")
            }
            if previous.isRequired != field.isRequired {
                let nowRequired = field.isRequired
                change(
                    "\(context.what.kindPrefix)-now-\(nowRequired ? "required" : "optional")", field,
                    "\(describe(field)) is now \(nowRequired ? "required" : "optional")",
                    wire: request && nowRequired ? .breaking : .compatible,
                    !request ? "a reply may leave out any field" : nowRequired ? "old clients may leave it out" : "old clients send it, as they still may",
                    source: context.requiredIsNonOptional ? .breaking : .compatible,
                    context.requiredIsNonOptional
                        ? (nowRequired ? "the argument loses its default and the property is no longer optional"
                            : "the property becomes optional: code that reads it must unwrap it")
                        : "the property is optional either way")
            }
            if previous.isNullable != field.isNullable {
                let breaksOldClients = request && previous.isNullable && field.isRequired
                change(
                    "\(context.what.kindPrefix)-nullability-changed", field,
                    "\(describe(field)) is \(field.isNullable ? "now" : "no longer") nullable",
                    wire: breaksOldClients ? .breaking : .compatible,
                    breaksOldClients ? "old clients may send null, which leaves a required input out"
                        : request ? "the server reads null as absent" : "a reply may carry null anywhere",
                    source: .compatible, "the Swift type is the same")
            }
            changes += deprecationChanges(
                previous.deprecation, field.deprecation, what: describe(field), subject: context.subject,
                location: field.origin.location, category: context.category, warns: false)
        }

        let oldOrder = swiftOrder(before).map(\.name).filter(newNames.contains)
        let newOrder = swiftOrder(after).map(\.name).filter { oldByName[$0] != nil }
        if oldOrder != newOrder, let moved = zip(oldOrder, newOrder).first(where: { $0 != $1 }) {
            changes.append(APIChange(
                kind: "\(context.what.kindPrefix)s-reordered", subject: context.subject,
                message: "\(context.what)s are in a new order (\"\(moved.1)\" now comes where \"\(moved.0)\" was)",
                wire: .compatible, wireReason: "JSON members and query parameters are read by name",
                source: .breaking, sourceReason: "labelled arguments must come in the new order",
                location: context.anchor, category: context.category))
        }
        return changes
    }

    /// Whether the values that travel stay acceptable when a field's type changes: what old clients send must be
    /// a value of the new type; what the server now replies must be a value of the old type.
    static func retypeVerdict(
        from before: TypeReference, to after: TypeReference, travels: FieldTravel
    ) -> (wire: APIChange.WireImpact, reason: String) {
        if travels.contains(.request) && !after.admits(before) {
            return (.breaking, "old clients send \(before.spelling) values, which are not all \(after.spelling)")
        }
        if travels.contains(.reply) && !before.admits(after) {
            return (.breaking, "old clients cannot read every \(after.spelling) value as \(before.spelling)")
        }
        return (.compatible, "every value that travels is valid for both types")
    }
}

extension String {
    /// A field's description as the start of a change kind: `reply field` -> `reply-field`.
    fileprivate var kindPrefix: String { replacingOccurrences(of: " ", with: "-") }
}
