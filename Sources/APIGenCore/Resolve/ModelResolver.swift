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
                diagnostics.warning(
                    "no spec file declares 'api:'; using default settings (name 'API', locale 'en', ZStack wire rules)",
                    at: SourceLocation(file: file.path, line: 1, column: 1))
            }
            return .defaults
        }
        for other in declared.dropFirst() {
            diagnostics.error(
                "'api' is declared again; exactly one spec file holds the API settings", at: other.origin.location,
                notes: [.note("the API settings are first declared here", at: first.origin.location)])
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
                diagnostics.error(
                    "type '\(definition.name)' is defined again differently: \(Self.difference(first, definition))",
                    at: definition.origin.location,
                    notes: [.note("'\(definition.name)' is first defined here", at: first.origin.location)])
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
                diagnostics.error(
                    "operation id '\(id)' is already used by another endpoint", at: decoded.operationIDLocation,
                    notes: [.note("'\(id)' is first used here", at: first.operationIDLocation)])
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
            let suggestion = Suggestions.didYouMean(use.name, in: candidates)
            let hint = suggestion.isEmpty ? "; define it under 'types:', or with 'fields:' or 'values:' at its first use" : suggestion
            diagnostics.error("unknown type '\(use.name)'\(hint)", at: use.location)
        }
        if let errorTypeLocation, model.type(named: model.settings.errors.type) == nil {
            let name = model.settings.errors.type
            diagnostics.error(
                "the error type '\(name)' is not defined in any spec file\(Suggestions.didYouMean(name, in: model.types.map(\.name)))",
                at: errorTypeLocation)
        }
    }

    /// A short account of how two definitions of one type differ.
    static func difference(_ first: NamedType, _ second: NamedType) -> String {
        switch (first.kind, second.kind) {
        case (.object, .enumeration): return "it was an object, here it is an enum"
        case (.enumeration, .object): return "it was an enum, here it is an object"
        case (.enumeration(let a), .enumeration(let b)):
            let onlyHere = b.map(\.value).filter { !a.map(\.value).contains($0) }
            let onlyThere = a.map(\.value).filter { !b.map(\.value).contains($0) }
            if !onlyHere.isEmpty { return "value '\(onlyHere[0])' is new here" }
            if !onlyThere.isEmpty { return "value '\(onlyThere[0])' is missing here" }
            for (x, y) in zip(a, b) where x != y {
                return x.value == y.value ? "the text of value '\(x.value)' differs" : "the values are in another order"
            }
        case (.object(let a), .object(let b)):
            let onlyHere = b.map(\.name).filter { !a.map(\.name).contains($0) }
            let onlyThere = a.map(\.name).filter { !b.map(\.name).contains($0) }
            if !onlyHere.isEmpty { return "field '\(onlyHere[0])' is new here" }
            if !onlyThere.isEmpty { return "field '\(onlyThere[0])' is missing here" }
            for (x, y) in zip(a, b) where x != y {
                if x.name != y.name { return "the fields are in another order" }
                if x.type != y.type { return "field '\(x.name)' was \(x.typeSpelling), here it is \(y.typeSpelling)" }
                if x.isRequired != y.isRequired { return "field '\(x.name)' differs in 'required'" }
                if x.isNullable != y.isNullable { return "field '\(x.name)' differs in 'nullable'" }
                if x.description != y.description { return "the description of field '\(x.name)' differs" }
                return "field '\(x.name)' differs"
            }
        }
        return first.description != second.description ? "the description differs" : "the definitions differ"
    }
}
