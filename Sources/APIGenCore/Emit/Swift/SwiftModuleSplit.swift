/// Which module each part of a Swift client goes into when it is split per category
/// (`modules: per-category`): the runtime and every type that more than one category needs go
/// into a core module, each top-level category's endpoints and the types only it uses into a
/// module of their own, and an umbrella module re-exports them all. Category modules depend on
/// the core module only, never on each other, so one changed spec recompiles one category.
/// Categories with fewer endpoints than `minimumEndpoints` share one module (`<Umbrella>SmallCategories`):
/// each module costs fixed compiler jobs, which dozens of one-endpoint modules pay for nothing.
/// With `maximumEndpoints`, every category goes into a part instead (`<Umbrella>Part1`, `Part2`, ...):
/// the categories are taken in module-name order, and each part holds as many of them as fit in
/// `maximumEndpoints` (a larger category is a part of its own), so that the modules are few and of
/// even size; a part's name does not change when categories come and go, only what it holds.
struct SwiftModuleSplit: Sendable, Hashable {
    /// The module users import: it re-exports every other one (`ZStackClient`).
    let umbrella: String
    /// The runtime and the shared types (`ZStackClientCore`).
    let core: String
    /// The category modules, by module name (parts in their order), each with the categories it
    /// holds (as the specs spell them) and how many endpoints it has.
    let categories: [Category]
    /// Whether the categories are packed into parts (`maximumEndpoints`).
    let isPacked: Bool
    private let typeModules: [String: String]
    private let endpointModules: [String: String]

    struct Category: Sendable, Hashable {
        let module: String
        let title: String
        let endpointCount: Int
    }

    init(model: APIModel, umbrella: String, minimumEndpoints: Int = 1, maximumEndpoints: Int? = nil) {
        self.umbrella = umbrella
        isPacked = maximumEndpoints != nil
        core = umbrella + "Core"
        let core = core
        let smallCategories = umbrella + "SmallCategories"

        var endpointModules: [String: String] = [:]
        var titles: [String: String] = [:]
        var counts: [String: Int] = [:]
        for endpoint in model.endpoints {
            let title = endpoint.category.first ?? "Uncategorized"
            var module = umbrella + SwiftName.bare(title, upperFirst: true)
            if module == core || module == smallCategories { module += "Category" }
            endpointModules[endpoint.operationID] = module
            if titles[module] == nil { titles[module] = title }  // endpoints are sorted: the first spelling wins
            counts[module, default: 0] += 1
        }
        let small = Set(counts.filter { $0.value < minimumEndpoints }.map(\.key))
        var categories = titles.keys.filter { !small.contains($0) }.sorted().map {
            Category(module: $0, title: titles[$0] ?? "", endpointCount: counts[$0] ?? 0)
        }
        if !small.isEmpty {
            let names = small.compactMap { titles[$0] }.sorted().joined(separator: ", ")
            let title = "the categories with fewer than \(minimumEndpoints) endpoints: \(names)"
            categories.append(Category(module: smallCategories, title: title, endpointCount: small.reduce(0) { $0 + (counts[$1] ?? 0) }))
            categories.sort { $0.module < $1.module }
            for (operationID, module) in endpointModules where small.contains(module) { endpointModules[operationID] = smallCategories }
        }
        if let maximumEndpoints {
            let parts = Self.pack(categories, maximumEndpoints: maximumEndpoints, prefix: umbrella + "Part")
            for (operationID, module) in endpointModules { endpointModules[operationID] = parts.partOf[module] }
            categories = parts.parts
        }
        self.categories = categories
        self.endpointModules = endpointModules

        // Which category modules reach each type, through fields and the fields of the types they hold.
        let reach = TypeReach(model: model)
        var users: [String: Set<String>] = [:]
        for endpoint in model.endpoints {
            guard let module = endpointModules[endpoint.operationID] else { continue }
            for name in reach.types(from: endpoint.allFields) { users[name, default: []].insert(module) }
        }
        // A type goes to its one user's module; everything else, and all that core types hold, to core.
        var typeModules: [String: String] = [:]
        var coreRoots = [model.settings.errors.type]  // the runtime decodes failures into it
        for type in model.types {
            if let only = users[type.name], only.count == 1, let module = only.first {
                typeModules[type.name] = module
            } else {
                coreRoots.append(type.name)
            }
        }
        for name in reach.types(fromNames: coreRoots) { typeModules[name] = core }
        self.typeModules = typeModules
    }

    /// `categories` (in module-name order) packed into parts of at most `maximumEndpoints` endpoints,
    /// and the part of each category's module.
    static func pack(
        _ categories: [Category], maximumEndpoints: Int, prefix: String
    ) -> (parts: [Category], partOf: [String: String]) {
        var groups: [[Category]] = []
        var size = 0
        for category in categories {
            if groups.isEmpty || size + category.endpointCount > maximumEndpoints {
                groups.append([])
                size = 0
            }
            groups[groups.count - 1].append(category)
            size += category.endpointCount
        }
        var parts: [Category] = []
        var partOf: [String: String] = [:]
        for (index, group) in groups.enumerated() {
            let module = prefix + String(index + 1)
            let endpointCount = group.reduce(0) { $0 + $1.endpointCount }
            let title = group.map(\.title).joined(separator: ", ")
            parts.append(Category(module: module, title: title, endpointCount: endpointCount))
            for category in group { partOf[category.module] = module }
        }
        return (parts, partOf)
    }

    /// The module holding the named type called `name` (by its API name).
    func module(ofType name: String) -> String { typeModules[name] ?? core }

    /// The module holding `endpoint`.
    func module(of endpoint: Endpoint) -> String { endpointModules[endpoint.operationID] ?? core }

    /// Every module, in the order they are built: core, the categories, the umbrella.
    var modules: [String] { [core] + categories.map(\.module) + [umbrella] }
}

extension Endpoint {
    /// Every field of the endpoint's inputs and its response.
    var allFields: [Field] {
        pathParameters + queryParameters + headers + (body?.fields ?? []) + (response?.fields ?? [])
    }
}

/// The named types reachable from fields, through the fields of the named types they hold;
/// each type's own reach is worked out once.
private final class TypeReach {
    private let model: APIModel
    private var reachable: [String: Set<String>] = [:]

    init(model: APIModel) { self.model = model }

    func types(from fields: [Field]) -> Set<String> {
        types(fromNames: fields.compactMap(\.type.namedType))
    }

    func types(fromNames names: [String]) -> Set<String> {
        var result: Set<String> = []
        for name in names where model.type(named: name) != nil { result.formUnion(types(reachableFrom: name)) }
        return result
    }

    /// `name` and every type its fields lead to, cycles included.
    private func types(reachableFrom name: String) -> Set<String> {
        if let known = reachable[name] { return known }
        var seen: Set<String> = [name]
        var pending = [name]
        while let next = pending.popLast() {
            for field in model.type(named: next)?.fields ?? [] {
                guard let held = field.type.namedType, model.type(named: held) != nil, !seen.contains(held) else { continue }
                if let known = reachable[held] {
                    seen.formUnion(known)
                } else {
                    seen.insert(held)
                    pending.append(held)
                }
            }
        }
        reachable[name] = seen
        return seen
    }
}
