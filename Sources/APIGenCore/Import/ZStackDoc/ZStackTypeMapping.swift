/// Turns the types the documentation DSL writes (`String`, `boolean`, `List`, `Map`, a class
/// name) into apigen type expressions, taking what the DSL leaves out (a list's element type,
/// a map's value type, an enum's values) from the Java declaration, and collecting the
/// documented classes that become named types under `types:`.
///
/// What it cannot tell it says as a warning at the doc's line and maps to the weakest type that
/// is still true (`List<JSON>`, `Map`, `JSON`), never to a guess.
final class ZStackTypeMapper {
    /// Where a value stands: query values are text on the wire, so a list of unknown elements
    /// in a query is a list of strings.
    enum Position { case path, query, body, response }

    /// A documented class or Java enum that becomes a named type.
    struct NamedType {
        var name: String
        var qualifiedName: String
        /// The doc's fields, or nil for an enum.
        var doc: (doc: ZStackClassDoc, file: ZStackDocCorpus.DocFile)?
        var enumConstants: [String]
    }

    let corpus: ZStackDocCorpus
    private(set) var diagnostics: [Diagnostic] = []
    /// Qualified class name -> type name.
    private var typeNames: [String: String] = [:]
    /// Type name -> qualified class name.
    private var classesByTypeName: [String: String] = [:]
    /// Names classes may not take: the operation ids (an endpoint's namespace is a top-level
    /// Swift name too) and the enums of columns' values.
    private var reserved: Set<String> = []
    /// Named types in the order they were first referred to; `definitions()` drains it.
    private var pending: [NamedType] = []

    private static let builtinNames: Set<String> = [
        "String", "Boolean", "Integer", "Long", "Float", "Double", "Timestamp", "LinkedHashMap", "Map", "JSON", "List",
    ]

    init(corpus: ZStackDocCorpus) { self.corpus = corpus }

    /// Keeps `names` (the operation ids) from being given to a type.
    func reserve(_ names: some Sequence<String>) { reserved.formUnion(names) }

    /// A name for the enum of a column's values, `preferred` unless a class or an endpoint has it
    /// (then `preferred` + `Value`, + `Value2`, ...); an enum of the same name again is the same enum.
    func enumName(_ preferred: String, values: [String]) -> String {
        var name = preferred
        var counter = 1
        while classesByTypeName[name] != nil || (reserved.contains(name) && columnEnums[name] != values) {
            name = preferred + "Value" + (counter == 1 ? "" : String(counter))
            counter += 1
        }
        reserved.insert(name)
        columnEnums[name] = values
        return name
    }

    private var columnEnums: [String: [String]] = [:]

    func warn(_ message: DiagnosticMessage, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    /// Takes the named types referred to since the last call.
    func takePending() -> [NamedType] {
        defer { pending = [] }
        return pending
    }

    // MARK: - The DSL's types

    /// The type of a documented value: a `column`'s or `field`'s `type`, or a `ref`'s `type` and
    /// `clz`. `java` is the Java field it documents, when the importer found it.
    func type(
        written: String, referencedClass: String?, field: String, java: (type: JavaType, declaredIn: JavaSourceIndex.Resolved)?,
        in file: ZStackDocCorpus.DocFile, at location: SourceLocation, position: Position
    ) -> String {
        let written = written.trimmingCharacters(in: .whitespaces)
        if let scalar = Self.scalar(written) { return scalar }
        switch written {
        case "List", "Set", "Collection", "ArrayList", "HashSet":
            if let referencedClass { return "List<\(classType(referencedClass, in: file, field: field, at: location))>" }
            if let java, let element = java.type.arguments.first,
                let mapped = javaType(element, from: java.declaredIn, field: field, at: location, position: position)
            {
                return "List<\(mapped)>"
            }
            let fallback = position == .query ? "List<String>" : "List<JSON>"
            warn(.zstackListWithoutElementType(field: field, importedAs: fallback), at: location)
            return fallback
        case "Map", "HashMap":
            if let referencedClass { return "Map<String, \(classType(referencedClass, in: file, field: field, at: location))>" }
            if let java, java.type.arguments.count == 2,
                let mapped = javaType(java.type.arguments[1], from: java.declaredIn, field: field, at: location, position: position)
            {
                return "Map<String, \(mapped)>"
            }
            warn(.zstackMapWithUnknownValueType(field: field), at: location)
            return "Map"
        default:
            if let java, Self.sameType(written, java.type),
                let mapped = javaType(java.type, from: java.declaredIn, field: field, at: location, position: position)
            {
                return mapped
            }
            return classType(referencedClass ?? written, in: file, field: field, at: location)
        }
    }

    /// Whether the DSL's type names the Java declaration's (`byte[]` and `byte[]`, `VmNicInventory`
    /// and `java.util.List<VmNicInventory>` do not); an empty DSL type names any.
    static func sameType(_ written: String, _ java: JavaType) -> Bool {
        written.isEmpty || written == java.simpleName + String(repeating: "[]", count: java.arrayDepth)
    }

    /// The apigen type of a Java or DSL scalar type name, or nil when it is not one.
    static func scalar(_ name: some StringProtocol) -> String? {
        switch name {
        case "String", "CharSequence", "char", "Character": "String"
        case "boolean", "Boolean": "Boolean"
        case "int", "Integer", "short", "Short", "byte", "Byte": "Integer"
        case "long", "Long", "BigInteger": "Long"
        case "float", "Float": "Float"
        case "double", "Double", "BigDecimal": "Double"
        case "Timestamp", "Date": "Timestamp"
        case "LinkedHashMap": "LinkedHashMap"
        case "Object", "JsonElement", "JSONObject": "JSON"
        default: nil
        }
    }

    // MARK: - Java's types

    /// The apigen type of a Java field's declared type, or nil (and no warning) when a list's or
    /// map's type argument is missing; a class is looked up from `context`.
    func javaType(
        _ type: JavaType, from context: JavaSourceIndex.Resolved, field: String, at location: SourceLocation, position: Position
    ) -> String? {
        if type.arrayDepth > 0 {
            var element = type
            element.arrayDepth -= 1
            // Gson writes a byte[] as a list of numbers, like any other array.
            return javaType(element, from: context, field: field, at: location, position: position).map { "List<\($0)>" }
        }
        let name = type.simpleName
        if let scalar = Self.scalar(name) { return scalar }
        switch name {
        case "List", "Set", "Collection", "ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet", "Queue":
            guard let element = type.arguments.first else { return nil }
            return javaType(element, from: context, field: field, at: location, position: position).map { "List<\($0)>" }
        case "Map", "HashMap", "LinkedHashMap", "TreeMap", "ConcurrentHashMap", "SortedMap":
            guard type.arguments.count == 2 else { return nil }
            return javaType(type.arguments[1], from: context, field: field, at: location, position: position).map { "Map<String, \($0)>" }
        default:
            guard let resolved = corpus.java.resolve(type.name, from: context) else {
                warn(.zstackUnknownType(type.name, field: field), at: location)
                return "JSON"
            }
            return namedType(resolved.qualifiedName, enumConstants: resolved.declaration.enumConstants, field: field, at: location)
        }
    }

    // MARK: - Classes

    /// The type name of the class `name` as a doc file writes it (`clz VmInstanceInventory.class`).
    func classType(_ name: String, in file: ZStackDocCorpus.DocFile, field: String, at location: SourceLocation) -> String {
        if let resolved = corpus.java.resolve(name, package: file.package, imports: file.imports) {
            return namedType(resolved.qualifiedName, enumConstants: resolved.declaration.enumConstants, field: field, at: location)
        }
        if let documented = corpus.classDocsBySimpleName[name], documented.count == 1 {
            return namedType(documented[0], enumConstants: nil, field: field, at: location)
        }
        warn(.zstackUnknownType(name, field: field), at: location)
        return "JSON"
    }

    /// The type name of a documented class or Java enum, registered for definition at first use;
    /// `JSON` and a warning for a class with neither a doc nor constants.
    private func namedType(_ qualifiedName: String, enumConstants: [String]?, field: String, at location: SourceLocation) -> String {
        if let name = typeNames[qualifiedName] { return name }
        let doc = corpus.classDocs[qualifiedName]
        guard doc != nil || enumConstants != nil else {
            let simple = String(qualifiedName.split(separator: ".").last ?? "")
            warn(.zstackClassWithoutDoc(className: simple, field: field), at: location)
            return "JSON"
        }
        let parts = qualifiedName.split(separator: ".").map(String.init)
        var name = parts.last!
        var qualifierIndex = parts.count - 2
        while Self.builtinNames.contains(name) || classesByTypeName[name] != nil || reserved.contains(name), qualifierIndex >= 0 {
            name = SwiftName.upperCamel(parts[qualifierIndex]) + name
            qualifierIndex -= 1
        }
        if name != parts.last! {
            warn(.zstackTypeNameClash(parts.last!, importedAs: name), at: location)
        }
        typeNames[qualifiedName] = name
        classesByTypeName[name] = qualifiedName
        pending.append(NamedType(name: name, qualifiedName: qualifiedName, doc: doc, enumConstants: enumConstants ?? []))
        return name
    }
}
