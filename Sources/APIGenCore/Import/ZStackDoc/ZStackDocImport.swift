/// `apigen import zstack-doc`: ZStack's REST documentation, the `*Doc_zh_cn.groovy` files of a
/// zstackio/zstack checkout, as apigen specs: one spec per URL of each API page, in folders by
/// ZStack module (the Java package below `org.zstack`), one file per named type under `types/`,
/// and an `api.yaml` with ZStack's conventions.
///
/// The result depends only on the checkout's files: the same checkout gives the same bytes.
public enum ZStackDocImport {
    /// What an import produced.
    public struct Result: Sendable {
        /// Spec files by path relative to the output folder, sorted.
        public var files: [(path: String, text: String)]
        /// Errors (files that do not read; then there are no files) and warnings (what could not be mapped).
        public var diagnostics: [Diagnostic]
        public var summary: Summary
    }

    /// The counts the importer reports at the end.
    public struct Summary: Sendable, Equatable {
        public var documentationFiles = 0
        public var apiPages = 0
        public var endpoints = 0
        public var types = 0
        /// Warning counts by diagnostic code, most frequent first (then by code).
        public var warningsByKind: [(code: String, count: Int)] = []

        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            (lhs.documentationFiles, lhs.apiPages, lhs.endpoints, lhs.types) == (rhs.documentationFiles, rhs.apiPages, rhs.endpoints, rhs.types)
                && lhs.warningsByKind.map(\.code) == rhs.warningsByKind.map(\.code)
                && lhs.warningsByKind.map(\.count) == rhs.warningsByKind.map(\.count)
        }

        /// `read 1269 documentation files (563 API pages); wrote 634 endpoints and 281 types; 12 warnings: 7 zstack-…, …`.
        public var text: String {
            let warnings = warningsByKind.reduce(0) { $0 + $1.count }
            var text = "read \(documentationFiles) documentation files (\(apiPages) API pages); wrote \(endpoints) endpoints and \(types) types"
            text += warnings == 0 ? "; no warnings" : "; \(warnings) warnings: " + warningsByKind.map { "\($0.count) \($0.code)" }.joined(separator: ", ")
            return text
        }
    }

    /// Imports the checkout at `checkout`; `displayPath` is how diagnostics name it (the path as given).
    /// With `schema`, the path of apigen's JSON Schema relative to the output folder, every file
    /// starts with the `# yaml-language-server: $schema=...` line that lets editors check it.
    public static func run(checkout: String, displayPath: String? = nil, schema: String? = nil) -> Result {
        let (corpus, readDiagnostics) = ZStackDocCorpus.read(root: checkout, displayRoot: displayPath ?? checkout)
        var summary = Summary()
        guard let corpus, !readDiagnostics.contains(where: { $0.severity == .error }) else {
            summary.documentationFiles = corpus?.fileCount ?? 0
            return Result(files: [], diagnostics: readDiagnostics.sorted { $0.location < $1.location }, summary: summary)
        }
        summary.documentationFiles = corpus.fileCount
        summary.apiPages = corpus.pages.count
        let types = ZStackTypeMapper(corpus: corpus)
        let mapper = ZStackEndpointMapper(types: types)
        var files: [(path: String, text: String)] = [("api.yaml", apiSettings)]
        var usedIDs: Set<String> = []

        // Every operation id first: no type may take one.
        var endpoints: [(source: ZStackDocCorpus.Page, urls: [(method: String, path: String)], ids: [String])] = []
        for source in corpus.pages.sorted(by: { $0.file.path < $1.file.path }) {
            let page = source.page
            var urls: [(method: String, path: String)] = []
            for url in page.urls {
                if let parsed = url.methodAndPath { urls.append(parsed) } else { types.warn(.zstackURLNotMethodAndPath(url.text), at: url.location) }
            }
            if page.urls.isEmpty { types.warn(.zstackPageWithoutURL, at: page.requestLocation) }
            guard !urls.isEmpty else { continue }
            let base = operationID(of: source)
            guard usedIDs.insert(base).inserted else {
                types.warn(.zstackOperationIDReused(base), at: page.requestLocation)
                continue
            }
            var ids = [base]
            let firstPlaceholders = ZStackEndpointMapper.placeholders(in: urls[0].path)
            for url in urls.dropFirst() {
                let added = ZStackEndpointMapper.placeholders(in: url.path).filter { !firstPlaceholders.contains($0) }
                var id = added.isEmpty ? base : base + "By" + added.map(SwiftName.upperCamel).joined(separator: "And")
                var counter = 2
                while usedIDs.contains(id) {
                    id = base + String(counter)
                    counter += 1
                }
                usedIDs.insert(id)
                ids.append(id)
            }
            if urls.count > 1 { types.warn(.zstackSeveralURLs(operationIDs: ids), at: page.urls[1].location) }
            endpoints.append((source, urls, ids))
        }
        types.reserve(usedIDs)
        var logIns: [String] = []
        var logOuts: [String] = []
        for (source, urls, ids) in endpoints {
            for (url, id) in zip(urls, ids) {
                let spec = mapper.endpoint(source, url: url, operationID: id)
                files.append((folder(of: source.file.package) + kebabCase(id) + ".yaml", spec.document(header: header(source.file.pathInCheckout))))
                if source.page.responseClass == "APILogInReply" { logIns.append(id) }
                if source.page.requestClass == "APILogOutMsg", url.path.contains("{sessionUuid}") { logOuts.append(id) }
            }
            summary.endpoints += urls.count
        }
        // The session id is the reply's `inventory.uuid`: only where `SessionInventory` is documented with it.
        let sessionDocumented = (corpus.classDocsBySimpleName["SessionInventory"] ?? []).contains { name in
            corpus.classDocs[name]?.doc.entries.contains { $0.name == "uuid" } == true
        }
        if sessionDocumented {
            files[0].text += sessionSettings(logIns: logIns.sorted(), logOut: logOuts.sorted().first)
        }

        var pending = types.takePending()
        while !pending.isEmpty {
            for type in pending {
                files.append(("types/" + folder(of: type.qualifiedName.split(separator: ".").dropLast().joined(separator: ".")) + kebabCase(type.name) + ".yaml",
                              definition(of: type, mapper: mapper)))
                summary.types += 1
            }
            pending = types.takePending()
        }

        // A reply class shared by two endpoints is mapped twice, and says the same thing twice.
        let diagnostics = Array(Set(readDiagnostics + types.diagnostics)).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
        var counts: [String: Int] = [:]
        for diagnostic in diagnostics where diagnostic.severity == .warning { counts[diagnostic.kind.code, default: 0] += 1 }
        summary.warningsByKind = counts.map { (code: $0.key, count: $0.value) }.sorted { ($1.count, $0.code) < ($0.count, $1.code) }
        if let schema {
            files = files.map { file in
                let depth = file.path.count { $0 == "/" }
                return (file.path, "# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + schema + "\n" + file.text)
            }
        }
        return Result(files: files.sorted { $0.path < $1.path }, diagnostics: diagnostics, summary: summary)
    }

    // MARK: - Files

    /// A named type's file: a documented class's fields, or a Java enum's constants.
    private static func definition(of type: ZStackTypeMapper.NamedType, mapper: ZStackEndpointMapper) -> String {
        var body: [(key: String, value: YAMLOutput)] = []
        var header = ["Imported by `apigen import zstack-doc` from the Java enum \(type.qualifiedName); re-import rather than edit."]
        if let (doc, file) = type.doc {
            header = self.header(file.pathInCheckout)
            let title = ZStackEndpointMapper.text(doc.title)
            if !title.isEmpty { body.append(("description", .text(title))) }
            let owner = mapper.corpus.java.lookup(qualified: type.qualifiedName)
            body.append(("fields", .block(mapper.fields(of: doc, file: file, owner: owner, position: .response))))
        } else {
            body.append(("values", .block(type.enumConstants.map { ($0, .literal("null")) })))
        }
        return YAMLOutput.block([("apigen", .literal("1")), ("types", .block([(type.name, .block(body))]))]).document(header: header)
    }

    private static func header(_ docPath: String) -> [String] {
        ["Imported by `apigen import zstack-doc` from \(docPath); re-import rather than edit."]
    }

    /// `org.zstack.header.vm` -> `header/vm/`.
    private static func folder(of package: String) -> String {
        var parts = package.split(separator: ".").map(String.init)
        if parts.starts(with: ["org", "zstack"]) { parts.removeFirst(2) }
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    /// The request class's name without ZStack's `API` prefix and `Msg` suffix
    /// (`APIStartVmInstanceMsg` -> `StartVmInstance`); the doc file's class name when there is none.
    static func operationID(of source: ZStackDocCorpus.Page) -> String {
        var name = Substring(source.page.requestClass ?? source.file.className)
        if name.hasPrefix("API"), name.dropFirst(3).first?.isUppercase == true { name = name.dropFirst(3) }
        for suffix in ["Msg", "Message"] where name.hasSuffix(suffix) && name.count > suffix.count {
            name = name.dropLast(suffix.count)
            break
        }
        return SwiftName.upperCamel(String(name))
    }

    /// `StartVmInstance` -> `start-vm-instance`, `GetVmQga` -> `get-vm-qga`, `APIKey` -> `api-key`.
    static func kebabCase(_ name: String) -> String {
        let characters = Array(name)
        var output = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // An acronym ends before the capital that starts the next word, except for a plural `s` (`APIs`).
                let plural = next == "s" && (index + 2 == characters.count || characters[index + 2].isUppercase)
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true && !plural) {
                    output += "-"
                }
            }
            output += character.lowercased()
        }
        return output
    }

    /// The `sessions:` block of `api.yaml`: the endpoints that reply with `APILogInReply` (whose inventory is the
    /// session) open one, `APILogOutMsg`'s closes it; none without a log-in endpoint.
    static func sessionSettings(logIns: [String], logOut: String?) -> String {
        guard !logIns.isEmpty else { return "" }
        var lines = [
            "  sessions:                         # APILogInReply's endpoints; the session is its inventory",
            "    log-in: [\(logIns.joined(separator: ", "))]",
            "    session-id: inventory.uuid",
        ]
        if let logOut {
            lines += ["    log-out: \(logOut)", "    log-out-parameter: sessionUuid"]
        }
        lines.append("    invalid-session-codes: [ID.1001]  # IdentityErrors.INVALID_SESSION")
        return lines.joined(separator: "\n") + "\n"
    }

    /// ZStack's REST conventions, as `zstack-wire.md` gathers them.
    static let apiSettings = """
        # Imported by `apigen import zstack-doc`: ZStack's REST conventions, which its documentation DSL does not hold.
        apigen: 1
        api:
          name: ZStack
          title: ZStack Cloud REST API
          locales: [zh-CN]                  # the DSL's text is in Chinese (the *Doc_zh_cn.groovy files)
          auth:
            header: Authorization
            value: "OAuth {sessionUuid}"
          timestamps:
            format: "MMM d, yyyy h:mm:ss a" # Gson's default, e.g. "Jan 6, 2017 3:51:16 AM"
            locale: en_US_POSIX
            time-zone: Asia/Shanghai        # the wire carries no zone; ZStack's Go SDK reads UTC+8
          async:
            accepted-status: 202
            location-field: location
          errors:
            status: [503]
            field: error
            type: ErrorCode
          queries:                          # every APIQueryMessage's GET: q=<field><op><value>, repeated
            conditions: q
            limit: limit
            start: start
            items: inventories
            count: replyWithCount
            total: total                    # APIQueryReply's, sent with replyWithCount=true
            sort: sort                      # +field ascending, -field descending
            fields: fields                  # only these fields of each item, separated by commas
            timestamp-format: "yyyy-MM-dd HH:mm:ss"  # read by java.sql.Timestamp.valueOf, in time-zone

        """
}
