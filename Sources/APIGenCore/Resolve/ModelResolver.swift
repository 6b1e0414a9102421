/// Resolves decoded spec files into the `APIModel`: merges type definitions across files,
/// checks every reference, name and example, and sorts everything so that the order of
/// files on disk does not matter.
struct ModelResolver {
    private var diagnostics = DiagnosticCollector()

    static func resolve(_ files: [SpecFile]) -> (APIModel, [Diagnostic]) {
        var resolver = ModelResolver()
        let files = files.sorted { $0.path < $1.path }
        let settings = resolver.settings(from: files)
        let types = resolver.types(from: files)
        let endpoints = resolver.endpoints(from: files)
        let model = APIModel(settings: settings, endpoints: endpoints, types: types)

        resolver.checkTypeUses(in: files, against: model, errorTypeLocation: files.compactMap(\.settings).first?.errorTypeLocation)
        var encodings = ParameterEncodingChecker(model: model)
        encodings.check()
        resolver.diagnostics.append(contentsOf: encodings.diagnostics.diagnostics)
        var queries = QueryConventionChecker(model: model)
        queries.check()
        resolver.diagnostics.append(contentsOf: queries.diagnostics.diagnostics)
        var sessions = SessionConventionChecker(model: model)
        sessions.check()
        resolver.diagnostics.append(contentsOf: sessions.diagnostics.diagnostics)
        // The name check and each file's example checks are independent: on every core, the
        // name check first, as it is the longest.
        let checked = ParallelMap.map(count: files.count + 1, parallelism: ParallelMap.defaultParallelism) { index in
            guard index > 0 else {
                var names = NameCollisionChecker()
                names.check(model)
                return names.diagnostics.diagnostics
            }
            let file = files[index - 1]
            var examples = ExampleChecker(model: model)
            if let endpoint = file.endpoint { examples.check(endpoint) }
            for value in file.fieldValues { examples.checkValue(value.node, of: value.field, keyword: value.keyword) }
            return examples.diagnostics.diagnostics
        }
        for diagnostics in checked { resolver.diagnostics.append(contentsOf: diagnostics) }
        return (model, resolver.diagnostics.diagnostics)
    }

    private mutating func settings(from files: [SpecFile]) -> APISettings {
        let declared = files.compactMap(\.settings)
        guard let first = declared.first else {
            if let file = files.first {
                diagnostics.append(.noAPISettings, at: SourceLocation(file: file.path, line: 1, column: 1))
            }
            return .defaults
        }
        for other in declared.dropFirst() {
            diagnostics.append(
                .apiDeclaredAgain, at: other.origin.location, notes: [Diagnostic(.apiFirstDeclaredHere, at: first.origin.location)])
        }
        return first.settings
    }

    /// One definition per name; a later definition must be identical to the first.
    private mutating func types(from files: [SpecFile]) -> [NamedType] {
        var canonical: [String: NamedType] = [:]
        for definition in files.flatMap(\.typeDefinitions) {
            guard let first = canonical[definition.name] else {
                canonical[definition.name] = definition
                continue
            }
            if first != definition {
                diagnostics.append(
                    .typeRedefinedDifferently(definition.name, difference: Self.difference(first, definition)),
                    at: definition.origin.location,
                    notes: [Diagnostic(.typeFirstDefinedHere(definition.name), at: first.origin.location)])
            }
        }
        return canonical.values.sorted { $0.name < $1.name }
    }

    private mutating func endpoints(from files: [SpecFile]) -> [Endpoint] {
        var byID: [String: DecodedEndpoint] = [:]
        var kept: [DecodedEndpoint] = []
        for decoded in files.compactMap(\.endpoint) {
            let id = decoded.endpoint.operationID
            if let first = byID[id] {
                diagnostics.append(
                    .operationIDReused(id), at: decoded.operationIDLocation,
                    notes: [Diagnostic(.operationIDFirstUsedHere(id), at: first.operationIDLocation)])
                continue
            }
            byID[id] = decoded
            kept.append(decoded)
        }
        var routes = RouteChecker()
        routes.check(kept)
        diagnostics.append(contentsOf: routes.diagnostics.diagnostics)
        return kept.map(\.endpoint).sorted { $0.operationID < $1.operationID }
    }

    private mutating func checkTypeUses(in files: [SpecFile], against model: APIModel, errorTypeLocation: SourceLocation?) {
        let known = Set(model.types.map(\.name))
        let candidates = model.types.map(\.name) + TypeExpressionParser.keywords
        for use in files.flatMap(\.typeUses) where !known.contains(use.name) {
            diagnostics.append(.unknownType(use.name, suggestion: Suggestions.closest(to: use.name, in: candidates)), at: use.location)
        }
        if let errorTypeLocation, model.type(named: model.settings.errors.type) == nil {
            let name = model.settings.errors.type
            diagnostics.append(
                .undefinedErrorType(name, suggestion: Suggestions.closest(to: name, in: model.types.map(\.name))), at: errorTypeLocation)
        }
    }

    /// How two definitions of one type differ, the first difference found.
    static func difference(_ first: NamedType, _ second: NamedType) -> DiagnosticMessage.TypeDifference {
        switch (first.kind, second.kind) {
        case (.object, .enumeration): return .objectBecameEnum
        case (.enumeration, .object): return .enumBecameObject
        case (.enumeration(let a), .enumeration(let b)):
            let onlyHere = b.map(\.value).filter { !a.map(\.value).contains($0) }
            let onlyThere = a.map(\.value).filter { !b.map(\.value).contains($0) }
            if !onlyHere.isEmpty { return .valueAdded(onlyHere[0]) }
            if !onlyThere.isEmpty { return .valueRemoved(onlyThere[0]) }
            for (x, y) in zip(a, b) where x != y {
                return x.value == y.value ? .valueTextChanged(x.value) : .valuesReordered
            }
        case (.object(let a), .object(let b)):
            let onlyHere = b.map(\.name).filter { !a.map(\.name).contains($0) }
            let onlyThere = a.map(\.name).filter { !b.map(\.name).contains($0) }
            if !onlyHere.isEmpty { return .fieldAdded(onlyHere[0]) }
            if !onlyThere.isEmpty { return .fieldRemoved(onlyThere[0]) }
            for (x, y) in zip(a, b) where x != y {
                if x.name != y.name { return .fieldsReordered }
                if x.type != y.type { return .fieldTypeChanged(x.name, from: x.typeSpelling, to: y.typeSpelling) }
                if x.isRequired != y.isRequired { return .fieldRequiredChanged(x.name) }
                if x.isNullable != y.isNullable { return .fieldNullableChanged(x.name) }
                if x.description != y.description { return .fieldDescriptionChanged(x.name) }
                return .fieldChanged(x.name)
            }
        }
        return first.description != second.description ? .descriptionChanged : .definitionsDiffer
    }
}
