/// Replies that differ only in which types their fields hold share one generic type:
/// `typealias Response = InventoryReply<VmInstanceInventory>` in place of a struct per endpoint.
///
/// ZStack's replies are mostly `{success, error, inventory}` or `{success, error, inventories, total}`
/// around a different inventory type each; a struct per reply costs the compiler its metadata, value
/// witnesses (which copy the inventory held inline), `Codable` and `==` in every endpoint file, where
/// a generic type's are compiled once. The rule:
///
/// - Two replies have the same *skeleton* when their fields are the same in name, type, requirement
///   and deprecation, in any order, with each *held type* left open: a named type or an opaque JSON
///   value, alone or as the element of a list or map (`Foo`, `[Foo]`, `[String: Foo]`, `[JSONValue]`).
///   Texts are not part of it: the struct and the endpoints' aliases keep them (below).
/// - Replies of one skeleton that do not all hold the same types share a generic type whose type
///   parameters are the fields whose held type differs; a field that holds the same type in each is
///   declared with it. The struct declares its fields in the order of the first endpoint (spec
///   order) that replies with it; JSON objects have no order and the encoders sort their keys.
/// - Its name is the names of its fields that are not in every reply of the API (`success` and `error`
///   are in all of ZStack's), then `Reply`: `InventoryReply`, `InventoriesTotalReply`; when those are
///   none or more than three, the names of its open fields; when those are more than three, it has none
///   and the replies keep a struct each. A name that a named type or endpoint of the API has is prefixed
///   with the API's name; a name that is still taken, or that another skeleton got first (spec order),
///   leaves that skeleton's replies a struct each.
/// - A field's text is the generic type's when every endpoint gives the same one; each endpoint's
///   `typealias` lists its fields whose text differs from the struct's, so that no text is lost.
/// - In a client split into modules the struct is in the core module, so the fields it declares with a
///   named type must be there too.
extension SwiftClientModelBuilder {
    /// A generic type that the replies of several endpoints name with their own type arguments.
    struct GenericReply: Sendable {
        /// The struct's Swift name (`InventoryReply`).
        var name: String
        /// Its fields, in the first endpoint's order.
        var fields: [Field]
        /// The fields whose type is a type parameter, each with the parameter's name, in field order.
        var parameters: [(field: String, name: String)]
        /// Each field's text on the struct: the endpoints' text when they agree, else nil.
        var texts: [String: String]
        /// The endpoints that reply with it (operation ids, spec order).
        var endpoints: [String]
    }

    /// How one endpoint's `Response` names a generic reply.
    struct GenericReplyUse: Sendable {
        /// The generic type's Swift name.
        var reply: String
        /// The Swift type argument of each type parameter, in parameter order.
        var arguments: [String]
        /// The endpoint's fields whose text is not the struct's: field name and its text.
        var ownTexts: [(field: String, text: String)]

        /// `InventoryReply<VmInstanceInventory>`.
        var typeExpression: String { arguments.isEmpty ? reply : "\(reply)<\(arguments.joined(separator: ", "))>" }
    }

    /// The generic replies of `model`, and for each endpoint that uses one, how.
    static func genericReplies(
        in model: APIModel, split: SwiftModuleSplit?, names: SwiftNames, docs: DocComment
    ) -> (replies: [GenericReply], uses: [String: GenericReplyUse]) {
        let replying = model.endpoints.filter { !($0.response?.fields.isEmpty ?? true) }
        var groups: [Skeleton: [Endpoint]] = [:]
        var order: [Skeleton] = []
        for endpoint in replying {
            let skeleton = Skeleton(endpoint.response?.fields ?? [])
            guard skeleton.hasHeldTypes else { continue }
            if groups[skeleton] == nil { order.append(skeleton) }
            groups[skeleton, default: []].append(endpoint)
        }
        // The fields of every reply: they do not name a generic reply (ZStack's `success` and `error`).
        let everywhere = replying.dropFirst().reduce(Set(replying.first?.response?.fields.map(\.name) ?? [])) { common, endpoint in
            common.intersection(endpoint.response?.fields.map(\.name) ?? [])
        }
        // Names of the client's other types, and the names skeletons took (the first to come, in spec order).
        let taken = Set(model.types.map { names.typeName($0.name) } + model.endpoints.map { names.namespace($0.operationID) })
        var named: Set<String> = []
        var replies: [GenericReply] = []
        var uses: [String: GenericReplyUse] = [:]
        for skeleton in order {
            let members = groups[skeleton] ?? []
            guard let first = members.first?.response?.fields else { continue }
            let fieldsOf = members.map { endpoint in
                Dictionary(uniqueKeysWithValues: (endpoint.response?.fields ?? []).map { ($0.name, $0) })
            }
            let open = first.filter { field in
                heldType(field.type, names: names) != nil && Set(fieldsOf.map { $0[field.name]?.type }).count > 1
            }
            guard !open.isEmpty else { continue }
            // The named types it declares itself must be where the struct is.
            if let split {
                let fixed = first.filter { field in !open.contains { $0.name == field.name } }.compactMap(\.type.namedType)
                guard fixed.allSatisfy({ split.module(ofType: $0) == split.core }) else { continue }
            }
            // At most three fields name it: the fields not in every reply, else the open ones.
            let naming = [first.filter { !everywhere.contains($0.name) }, open].first { (1...3).contains($0.count) }
            guard let naming else { continue }
            let base = naming.map { SwiftName.upperCamel($0.name) }.joined() + "Reply"
            guard named.insert(base).inserted, let name = [base, names.prefix + base].first(where: { !taken.contains($0) }) else { continue }
            let parameters = typeParameters(open, fields: first, names: names)
            var texts: [String: String] = [:]
            for field in first {
                let all = Set(fieldsOf.map { $0[field.name].map { docs.text($0.description) ?? "" } ?? "" })
                if all.count == 1, let text = all.first, !text.isEmpty { texts[field.name] = text }
            }
            replies.append(GenericReply(
                name: name, fields: first, parameters: parameters, texts: texts, endpoints: members.map(\.operationID)))
            for (endpoint, fields) in zip(members, fieldsOf) {
                let arguments = parameters.map { parameter in
                    fields[parameter.field].flatMap { heldType($0.type, names: names) } ?? ""
                }
                let ownTexts = first.compactMap { field -> (field: String, text: String)? in
                    guard texts[field.name] == nil, let text = fields[field.name].flatMap({ docs.text($0.description) }) else { return nil }
                    return (field.name, text)
                }
                uses[endpoint.operationID] = GenericReplyUse(reply: name, arguments: arguments, ownTexts: ownTexts)
            }
        }
        return (replies, uses)
    }

    /// The file of a generic reply: its fields, with the texts the endpoints agree on.
    func genericReplyFile(_ reply: GenericReply) -> SwiftGenericReplyFileModel {
        let fields = reply.fields.map { field in
            var field = field
            if reply.texts[field.name] == nil { field.description = .empty }
            return field
        }
        let parameters = Dictionary(uniqueKeysWithValues: reply.parameters.map { ($0.field, $0.name) })
        let body = recordBody(fields, typeName: reply.name, indent: 4, allOptional: true, isHashable: false, typeParameters: parameters)
        let imports = needsFoundation(fields) ? ["Foundation"] : []
        let held = reply.parameters.map { "`\($0.field)`" }
        let doc = [
            "The reply of the endpoints whose fields differ only in the type that "
                + (held.count == 1 ? held[0] : held.dropLast().joined(separator: ", ") + " and " + held[held.count - 1])
                + (held.count == 1 ? " holds" : " hold") + ": each names it with its own type in its `Response`, such as "
                + "`\(reply.name)<\(genericReplies.uses[reply.endpoints[0]]?.arguments.joined(separator: ", ") ?? "")>`.",
            "A field's text here is the one those endpoints share; each endpoint's `Response` gives its own where it differs.",
        ]
        return SwiftGenericReplyFileModel(
            access: access, importAccess: importAccess, prefix: prefix, imports: imports, hasImports: !imports.isEmpty, name: reply.name,
            docLines: SwiftLayout.docLines(doc, indent: 0),
            parameters: Self.listItems(reply.parameters.map(\.name)), body: body)
    }

    /// The Swift type that a field of `type` holds, which a generic reply may leave open: a named type or an
    /// opaque JSON value, alone or as a list's element or a map's value; nil for any other type.
    private static func heldType(_ type: TypeReference, names: SwiftNames) -> String? {
        switch type {
        case .named(let name): names.typeName(name)
        case .opaqueObject, .json: names.prefix + "JSONValue"
        case .list(let element), .map(let element): heldType(element, names: names)
        default: nil
        }
    }

    /// The type parameter of each open field: its name in UpperCamel, singular for a list
    /// (`inventories: [Inventory]?`), and kept clear of the other fields' types and of Swift's.
    private static func typeParameters(_ open: [Field], fields: [Field], names: SwiftNames) -> [(field: String, name: String)] {
        let fixedTypes = Set(fields.compactMap { field in
            open.contains { $0.name == field.name } ? nil : field.type.namedType.map(names.typeName)
        })
        var used: Set<String> = []
        return open.map { field in
            var name = SwiftName.upperCamel(field.name)
            if case .list = field.type { name = singular(name) }
            if case .map = field.type { name += "Value" }
            while SwiftNames.reservedTypeNames.contains(name) || fixedTypes.contains(name) || used.contains(name) || name == "Self" {
                name += "Type"
            }
            used.insert(name)
            return (field.name, name)
        }
    }

    /// `Inventories` -> `Inventory`, `Hosts` -> `Host`; a name that is not a plural gets `Element`.
    private static func singular(_ name: String) -> String {
        if name.hasSuffix("ies") { return String(name.dropLast(3)) + "y" }
        if name.hasSuffix("s") && !name.hasSuffix("ss") { return String(name.dropLast()) }
        return name + "Element"
    }

    /// What two replies must agree on to share a generic type.
    private struct Skeleton: Hashable {
        var fields: [Field]
        /// Whether a field holds a type the skeleton leaves open.
        var hasHeldTypes: Bool

        init(_ fields: [Field]) {
            var hasHeldTypes = false
            self.fields = fields.map { field in
                var field = field
                // Where it was written, and the texts (which the endpoints' aliases keep), are not the struct's shape.
                field.origin = Origin(SourceLocation(file: "", line: 0, column: 0))
                field.description = .empty
                field.example = nil
                field.typeSpelling = ""  // the docs' spelling (`boolean`, `Boolean`); the type is compared
                field.since = nil  // the Markdown docs' (each endpoint's own page), not the struct's
                let opened = Self.opened(field.type)
                if opened != field.type {
                    hasHeldTypes = true
                    field.type = opened
                }
                return field
            }
            .sorted { $0.name < $1.name }
            self.hasHeldTypes = hasHeldTypes
        }

        /// The type with its held type left open: `[Foo]`, `[Bar]` and `[JSONValue]` alike.
        private static func opened(_ type: TypeReference) -> TypeReference {
            switch type {
            case .named, .opaqueObject, .json: .named("")
            case .list(let element): .list(opened(element))
            case .map(let value): .map(opened(value))
            default: type
            }
        }
    }
}
